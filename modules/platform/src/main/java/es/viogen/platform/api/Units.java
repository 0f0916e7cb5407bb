package es.viogen.platform.api;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Query interface over units (implemented by the platform). */
public interface Units {

    Optional<UnitView> find(long id);

    Optional<UnitView> findByCode(String code);

    List<UnitView> all();

    /** The units of {@code ids} that exist, by id (one query, for lists that name the unit of each row). */
    default java.util.Map<Long, UnitView> findAll(Collection<Long> ids) {
        java.util.Map<Long, UnitView> out = new java.util.HashMap<>();
        for (Long id : ids) {
            find(id).ifPresent(u -> out.put(id, u));
        }
        return out;
    }

    /** Creates a unit (used by municipal integration when a municipality's local police joins). */
    UnitView create(String code, String name, UnitKind kind, Territory territory);

    /**
     * Deactivates every account of the unit (e.g. when a municipality's adhesion ends, its local police lose access);
     * an administrator may reactivate them. Joins the caller's transaction.
     *
     * @return the number of accounts deactivated
     */
    int deactivateMembers(long unitId);

    /**
     * The active regional coordination unit whose territory contains {@code place}; the narrowest one if several do
     * (a province's office before the region's).
     */
    static Optional<UnitView> regionalCoordinationFor(Territory place, Collection<UnitView> units) {
        return units.stream()
                .filter(u -> u.active() && u.kind() == UnitKind.REGIONAL_COORDINATION)
                .filter(u -> u.territory() != null && !u.territory().isNational() && u.territory().contains(place))
                .max(Comparator.comparingInt(u -> narrowness(u.territory())));
    }

    private static int narrowness(Territory t) {
        return (t.regionCode() != null ? 1 : 0) + (t.provinceCode() != null ? 1 : 0) + (t.municipalityCode() != null ? 1 : 0);
    }
}
