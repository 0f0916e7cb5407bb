package es.viogen.platform.control;

import java.io.Serializable;
import java.time.Instant;

/** One row of the event publication registry as the administrator's page and REST read show it. */
public record PublicationView(long id, String listenerId, String eventType, Instant publishedAt, boolean critical,
                              String status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt,
                              String lastError) implements Serializable {

    /** The event's simple name, e.g. {@code CaseOpened}. */
    public String eventName() {
        int dot = eventType == null ? -1 : eventType.lastIndexOf('.');
        return dot < 0 ? eventType : eventType.substring(dot + 1);
    }
}
