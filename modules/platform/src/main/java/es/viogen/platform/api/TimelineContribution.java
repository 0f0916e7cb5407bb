package es.viogen.platform.api;

import java.util.List;

/**
 * A module's entries on the timeline of a case (an application-scoped CDI bean). The case page (intake) asks every
 * contribution, so it shows assessments, measures and alerts without depending on the modules that own them.
 * Called only after the caller has checked that the case is readable.
 */
public interface TimelineContribution {

    List<TimelineEntry> entriesForCase(long caseId);
}
