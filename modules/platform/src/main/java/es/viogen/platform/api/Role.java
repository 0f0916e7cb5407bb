package es.viogen.platform.api;

/** The roles of the system. A person has exactly one; partner systems have {@link #PARTNER}. */
public enum Role {
    ADMIN,
    REGIONAL_UNIT,
    POLICE_OFFICER,
    LOCAL_POLICE_OFFICER,
    /**
     * Supervisor of a police unit (jefe/a de la unidad): works the unit's cases like an officer and also decides on
     * what needs a supervisor, e.g. approving or refusing a proposed drop of the risk level.
     */
    UNIT_SUPERVISOR,
    ADHESION_MANAGER,
    PARTNER;

    /** Role names as used in {@code @RolesAllowed} and web.xml. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String REGIONAL_UNIT_NAME = "REGIONAL_UNIT";
    public static final String POLICE_OFFICER_NAME = "POLICE_OFFICER";
    public static final String LOCAL_POLICE_OFFICER_NAME = "LOCAL_POLICE_OFFICER";
    public static final String UNIT_SUPERVISOR_NAME = "UNIT_SUPERVISOR";
    public static final String ADHESION_MANAGER_NAME = "ADHESION_MANAGER";
    public static final String PARTNER_NAME = "PARTNER";

    /** Police roles that work cases (a unit supervisor is a police officer of her unit too). */
    public boolean isOfficer() {
        return this == POLICE_OFFICER || this == LOCAL_POLICE_OFFICER || this == UNIT_SUPERVISOR;
    }
}
