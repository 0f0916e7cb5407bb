package es.viogen.municipal.ui;

import es.viogen.platform.api.Actor;

/** The region a page shows by default: the actor's own, or Castilla y León for national actors. */
final class RegionChoice {

    static final String DEFAULT_REGION = "07";

    private RegionChoice() {
    }

    static String of(Actor actor) {
        return actor != null && actor.territory() != null && actor.territory().regionCode() != null
                ? actor.territory().regionCode() : DEFAULT_REGION;
    }

    /** Whether the actor may look at another region than its own (national actors only). */
    static boolean canChoose(Actor actor) {
        return actor != null && (actor.territory() == null || actor.territory().regionCode() == null);
    }
}
