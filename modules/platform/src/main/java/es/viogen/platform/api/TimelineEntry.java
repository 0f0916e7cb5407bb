package es.viogen.platform.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One line of a case's timeline, contributed by whichever module owns the fact (intake: complaints, incidents,
 * transfers; risk: assessments; measures: measures, orders, alerts...).
 *
 * @param kind     a stable code, e.g. {@code ASSESSMENT}
 * @param textKey  bundle key of the text; {@code args} fill it (no more personal data than the case page shows)
 * @param link     relative URL with the detail, or null
 */
public record TimelineEntry(Instant at, String kind, String textKey, List<String> args, String link) implements Serializable {
}
