package es.viogen.platform.api;

import java.util.List;

/**
 * A module's part of the head of a case page (an application-scoped CDI bean): the few facts an officer must see on
 * opening the case (the level, the next deadline, what is overdue or awaiting a decision) and the actions the user may
 * take there. The case page (intake) asks every contribution, as it does for the timeline, so it shows risk's and
 * measures' facts without depending on those modules. Called only after the caller has checked that the case is
 * readable; texts come in the current user's language.
 */
public interface CaseGlance {

    List<GlanceItem> glanceOf(long caseId);
}
