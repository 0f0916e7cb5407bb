package es.viogen.platform.control;

import es.viogen.platform.api.Actor;
import es.viogen.platform.api.Visibility;

/** Who may read what, as a pure function of the actor (unit-tested). */
public final class ScopeRules {

    private ScopeRules() {
    }

    public static Visibility visibility(Actor actor) {
        if (actor == null || actor.isAnonymous()) {
            return Visibility.NONE;
        }
        if (actor.isSystem()) {
            return Visibility.ALL;
        }
        return switch (actor.role()) {
            // administrators run the system; they do not browse victims' records
            case ADMIN -> Visibility.NONE;
            case POLICE_OFFICER, LOCAL_POLICE_OFFICER, UNIT_SUPERVISOR ->
                    actor.unitId() == null ? Visibility.NONE : Visibility.unit(actor.unitId());
            case REGIONAL_UNIT, ADHESION_MANAGER, PARTNER ->
                    actor.territory() == null ? Visibility.NONE : Visibility.territory(actor.territory());
        };
    }
}
