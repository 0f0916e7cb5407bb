package es.viogen.platform.api;

import java.util.List;
import java.util.Optional;

/** Query interface over units (implemented by the platform). */
public interface Units {

    Optional<UnitView> find(long id);

    Optional<UnitView> findByCode(String code);

    List<UnitView> all();

    /** Creates a unit (used by municipal integration when a municipality's local police joins). */
    UnitView create(String code, String name, UnitKind kind, Territory territory);

    /**
     * Deactivates every account of the unit (e.g. when a municipality's adhesion ends, its local police lose access);
     * an administrator may reactivate them. Joins the caller's transaction.
     *
     * @return the number of accounts deactivated
     */
    int deactivateMembers(long unitId);
}
