package es.viogen.platform.api;

import java.util.Set;

/**
 * Who is acting: a person (with role, unit and territory) or a partner system (with scopes and territory).
 * {@link #SYSTEM} is the application itself (schedulers, migrations).
 */
public record Actor(String username, String displayName, Role role, Long unitId, String unitName, Territory territory,
                    Set<String> scopes) {

    public static final Actor SYSTEM = new Actor("system", "VioGén", null, null, null, Territory.NATIONAL, Set.of());

    /** Nobody is logged in: may read nothing. */
    public static final Actor ANONYMOUS = new Actor("anonymous", "", null, null, null, null, Set.of());

    public boolean isPartner() {
        return role == Role.PARTNER;
    }

    public boolean isSystem() {
        return this == SYSTEM;
    }

    public boolean isAnonymous() {
        return this == ANONYMOUS || role == null && !isSystem();
    }

    public boolean hasRole(Role r) {
        return role == r;
    }

    public boolean hasScope(String scope) {
        return scopes != null && scopes.contains(scope);
    }
}
