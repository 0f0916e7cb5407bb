package es.viogen.intake.control;

import es.viogen.municipal.api.LocalPoliceMandate;
import es.viogen.municipal.api.LocalPoliceMandates;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.UnitKind;
import es.viogen.platform.api.UnitView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The split of work between a town's local police and the state police (reference §1.2): a local police unit may
 * own a case only while its municipality's adhesion is integrated and its agreement in force, and only up to the
 * level the agreement allows (municipal's {@link LocalPoliceMandates}). State police units own any level.
 * Without the municipal module deployed, local police own up to {@link #DEFAULT_MAX} (the usual split).
 */
@ApplicationScoped
public class LocalPoliceSplit {

    public static final RiskLevel DEFAULT_MAX = RiskLevel.MEDIO;

    @Inject
    @Any
    LocalPoliceMandates mandates;

    /**
     * The highest level {@code unit} may own: {@link RiskLevel#EXTREMO} for state police, the agreement's level for
     * an integrated local police, empty for a local police that is not integrated (it may own nothing).
     */
    public Optional<RiskLevel> maxLevel(UnitView unit) {
        if (unit.kind() != UnitKind.LOCAL_POLICE) {
            return Optional.of(RiskLevel.EXTREMO);
        }
        return mandates.forUnit(unit.id()).map(LocalPoliceMandate::maxLevel);
    }

    /** Whether {@code unit} may own a case at {@code level} (null: not yet assessed). */
    public boolean mayOwn(UnitView unit, RiskLevel level) {
        Optional<RiskLevel> max = maxLevel(unit);
        return max.isPresent() && (level == null || max.get().isAtLeast(level));
    }
}
