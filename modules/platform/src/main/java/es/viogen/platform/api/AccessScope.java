package es.viogen.platform.api;

/**
 * The territory-scope service every module uses to decide what the current actor may read.
 * <ul>
 *   <li>police and local police officers: the records their own unit owns;</li>
 *   <li>regional units and adhesion managers: the records in their unit's territory;</li>
 *   <li>partners: the records in the territory of their registration;</li>
 *   <li>administrators: no records about persons (they manage users, units, partners and the audit log).</li>
 * </ul>
 */
public interface AccessScope {

    Actor actor();

    /** The filter for lists and searches. */
    Visibility visibility();

    boolean canRead(RecordLocation location);

    /**
     * Throws {@link AccessDenied} (and writes an ACCESS_DENIED audit row) unless the actor may read the record.
     */
    void requireRead(RecordLocation location, String recordType, String recordId);

    /** Throws {@link AccessDenied} unless the actor has one of the roles. */
    void requireRole(Role... roles);
}
