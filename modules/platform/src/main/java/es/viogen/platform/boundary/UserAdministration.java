package es.viogen.platform.boundary;

import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.ConflictingChange;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.UnitKind;
import es.viogen.platform.entity.Unit;
import es.viogen.platform.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Administration of people and units (ADMIN only); every change is audited. */
@ApplicationScoped
public class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,79}");
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,39}");
    public static final int MIN_PASSWORD = 12;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    @Configured
    Pbkdf2PasswordHash hash;

    /**
     * One page of the accounts (there are some 50 000 nationally), ordered by user name, those starting with
     * {@code prefix} (any case; null or blank: all), each with its unit in the same query.
     */
    @Transactional
    public List<UserAccount> users(String prefix, boolean descending, int first, int max) {
        scope.requireRole(Role.ADMIN);
        return em.createQuery("SELECT u FROM UserAccount u JOIN FETCH u.unit WHERE LOWER(u.username) LIKE :p ESCAPE '!' "
                        + "ORDER BY u.username" + (descending ? " DESC" : ""), UserAccount.class)
                .setParameter("p", prefixPattern(prefix)).setFirstResult(first).setMaxResults(Math.min(max, 200))
                .getResultList();
    }

    /** How many accounts start with {@code prefix} (any case; null or blank: all). */
    @Transactional
    public long countUsers(String prefix) {
        scope.requireRole(Role.ADMIN);
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE LOWER(u.username) LIKE :p ESCAPE '!'", Long.class)
                .setParameter("p", prefixPattern(prefix)).getSingleResult();
    }

    static String prefixPattern(String prefix) {
        String p = prefix == null ? "" : prefix.trim().toLowerCase(java.util.Locale.ROOT);
        return p.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    @Transactional
    public List<Unit> units() {
        scope.requireRole(Role.ADMIN);
        return em.createQuery("SELECT u FROM Unit u ORDER BY u.name", Unit.class).getResultList();
    }

    @Transactional
    public UserAccount createUser(String username, String fullName, Role role, Long unitId, String password) {
        scope.requireRole(Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "admin.user.invalidUsername"));
        }
        if (fullName == null || fullName.isBlank() || fullName.length() > 200) {
            errors.add(new FieldError("fullName", "validation.required"));
        }
        if (role == null || role == Role.PARTNER) {
            errors.add(new FieldError("role", "admin.user.invalidRole"));
        }
        Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
        if (unit == null) {
            errors.add(new FieldError("unit", "validation.required"));
        } else if (role == Role.LOCAL_POLICE_OFFICER && unit.getKind() != UnitKind.LOCAL_POLICE) {
            errors.add(new FieldError("unit", "admin.user.localPoliceUnitRequired"));
        } else if (role == Role.UNIT_SUPERVISOR && !isPoliceUnit(unit.getKind())) {
            errors.add(new FieldError("unit", "admin.user.policeUnitRequired"));
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.add(new FieldError("password", "admin.user.weakPassword", MIN_PASSWORD));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (!em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :u", UserAccount.class)
                .setParameter("u", username).getResultList().isEmpty()) {
            throw new ConflictingChange("admin.user.exists", username);
        }
        UserAccount user = new UserAccount(username, fullName.trim(), hash.generate(password.toCharArray()), role, unit);
        em.persist(user);
        em.flush();
        audit.record(AuditAction.CREATE, "UserAccount", user.getId().toString(), "user administration");
        return user;
    }

    @Transactional
    public void updateUser(long id, String fullName, Role role, Long unitId, boolean active, long expectedVersion) {
        scope.requireRole(Role.ADMIN);
        UserAccount user = em.find(UserAccount.class, id);
        if (user == null) {
            throw new RecordNotFound("UserAccount", id);
        }
        if (user.getVersion() != expectedVersion) {
            throw new ConflictingChange();
        }
        Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
        if (unit == null) {
            throw new InvalidInput("unit", "validation.required");
        }
        if (role == null || role == Role.PARTNER) {
            throw new InvalidInput("role", "admin.user.invalidRole");
        }
        if (role == Role.LOCAL_POLICE_OFFICER && unit.getKind() != UnitKind.LOCAL_POLICE) {
            throw new InvalidInput("unit", "admin.user.localPoliceUnitRequired");
        }
        if (role == Role.UNIT_SUPERVISOR && !isPoliceUnit(unit.getKind())) {
            throw new InvalidInput("unit", "admin.user.policeUnitRequired");
        }
        user.setFullName(fullName);
        user.setRole(role);
        user.setUnit(unit);
        user.setActive(active);
        audit.record(AuditAction.UPDATE, "UserAccount", user.getId().toString(), "user administration");
    }

    @Transactional
    public void unlock(long id) {
        scope.requireRole(Role.ADMIN);
        UserAccount user = em.find(UserAccount.class, id);
        if (user == null) {
            throw new RecordNotFound("UserAccount", id);
        }
        user.unlock();
        audit.record(AuditAction.UPDATE, "UserAccount", user.getId().toString(), "unlock");
    }

    @Transactional
    public void resetPassword(long id, String password) {
        scope.requireRole(Role.ADMIN);
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInput("password", "admin.user.weakPassword", MIN_PASSWORD);
        }
        UserAccount user = em.find(UserAccount.class, id);
        if (user == null) {
            throw new RecordNotFound("UserAccount", id);
        }
        user.changePasswordHash(hash.generate(password.toCharArray()));
        user.unlock();
        audit.record(AuditAction.UPDATE, "UserAccount", user.getId().toString(), "password reset");
    }

    @Transactional
    public Unit createUnit(String code, String name, UnitKind kind, Territory territory) {
        scope.requireRole(Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !UNIT_CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "admin.unit.invalidCode"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "validation.required"));
        }
        if (kind == null) {
            errors.add(new FieldError("kind", "validation.required"));
        }
        if (territory.regionCode() != null && !territory.regionCode().matches("\\d{2}")
                || territory.provinceCode() != null && !territory.provinceCode().matches("\\d{2}")
                || territory.municipalityCode() != null && !territory.municipalityCode().matches("\\d{5}")) {
            errors.add(new FieldError("territory", "admin.unit.invalidTerritory"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (!em.createQuery("SELECT u FROM Unit u WHERE u.code = :c", Unit.class).setParameter("c", code)
                .getResultList().isEmpty()) {
            throw new ConflictingChange("admin.unit.exists", code);
        }
        Unit unit = new Unit(code, name.trim(), kind, territory);
        em.persist(unit);
        em.flush();
        audit.record(AuditAction.CREATE, "Unit", unit.getId().toString(), "unit administration");
        return unit;
    }

    @Transactional
    public void updateUnit(long id, String name, boolean active, Territory territory) {
        scope.requireRole(Role.ADMIN);
        Unit unit = em.find(Unit.class, id);
        if (unit == null) {
            throw new RecordNotFound("Unit", id);
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "validation.required");
        }
        unit.rename(name.trim());
        unit.setActive(active);
        unit.moveTo(territory);
        audit.record(AuditAction.UPDATE, "Unit", unit.getId().toString(), "unit administration");
    }

    /** A unit supervisor supervises a police unit (state or local), never a coordination or office unit. */
    private static boolean isPoliceUnit(UnitKind kind) {
        return kind == UnitKind.NATIONAL_POLICE || kind == UnitKind.GUARDIA_CIVIL || kind == UnitKind.LOCAL_POLICE;
    }
}
