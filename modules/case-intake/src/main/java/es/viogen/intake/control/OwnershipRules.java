package es.viogen.intake.control;

import es.viogen.platform.api.Actor;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.UnitKind;
import es.viogen.platform.api.Territory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Which units an actor may open a case for, or move a case to (pure; unit-tested). */
public final class OwnershipRules {

    private OwnershipRules() {
    }

    /** Units that can own cases: police units (national police, Guardia Civil, local police). */
    public static boolean canOwnCases(UnitView unit) {
        return unit.active() && (unit.kind() == UnitKind.NATIONAL_POLICE || unit.kind() == UnitKind.GUARDIA_CIVIL
                || unit.kind() == UnitKind.LOCAL_POLICE);
    }

    /** Whether {@code actor} may register a case owned by {@code unit}. */
    public static boolean mayRegisterFor(Actor actor, UnitView unit) {
        if (actor == null || unit == null || !canOwnCases(unit)) {
            return false;
        }
        if (actor.isSystem()) {
            return true;
        }
        if (actor.role() == null) {
            return false;
        }
        return switch (actor.role()) {
            case POLICE_OFFICER, LOCAL_POLICE_OFFICER, UNIT_SUPERVISOR -> actor.unitId() != null && actor.unitId() == unit.id();
            case REGIONAL_UNIT, PARTNER -> actor.territory() != null && actor.territory().contains(unit.territory());
            case ADMIN, ADHESION_MANAGER -> false;
        };
    }

    /** Whether the actor works cases for their unit (officers and the regional coordination unit). */
    public static boolean worksCases(Actor actor) {
        return actor != null && (actor.isSystem() || actor.role() != null
                && (actor.role().isOfficer() || actor.role() == Role.REGIONAL_UNIT));
    }

    /**
     * The state police unit (Policía Nacional or Guardia Civil) responsible for {@code place}: an active one whose
     * territory is that municipality, else one in its province (the provincial unit), else one in its region; among
     * equals the lowest id, so the answer is stable.
     */
    public static Optional<UnitView> stateUnitFor(Territory place, List<UnitView> units) {
        if (place == null) {
            return Optional.empty();
        }
        List<UnitView> state = units.stream().filter(u -> u.active() && u.territory() != null
                        && (u.kind() == UnitKind.NATIONAL_POLICE || u.kind() == UnitKind.GUARDIA_CIVIL))
                .sorted(Comparator.comparingLong(UnitView::id)).toList();
        Optional<UnitView> same = state.stream().filter(u -> place.municipalityCode() != null
                && place.municipalityCode().equals(u.territory().municipalityCode())).findFirst();
        if (same.isPresent()) {
            return same;
        }
        Optional<UnitView> province = state.stream().filter(u -> place.provinceCode() != null
                && place.provinceCode().equals(u.territory().provinceCode())).findFirst();
        if (province.isPresent()) {
            return province;
        }
        return state.stream().filter(u -> place.regionCode() != null
                && place.regionCode().equals(u.territory().regionCode())).findFirst();
    }
}
