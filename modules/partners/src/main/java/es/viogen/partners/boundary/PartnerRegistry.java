package es.viogen.partners.boundary;

import es.viogen.partners.control.PlatformPartnerClients;
import es.viogen.partners.control.Scopes;
import es.viogen.partners.control.Secrets;
import es.viogen.partners.entity.Partner;
import es.viogen.partners.entity.PartnerKind;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The partner registry (administrators only): organisation, kind, scopes, territory, active flag, and the client
 * credentials. Secrets are generated here and shown once; the platform's PartnerClients API stores them only as
 * PBKDF2 hashes (PBKDF2WithHmacSHA256, 100 000 iterations, 32-byte salt).
 */
@ApplicationScoped
public class PartnerRegistry {

    /** The same parameters as the platform's password hashing, so the token endpoint verifies these hashes. */
    private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9.-]{2,79}");
    private static final Pattern CODE2 = Pattern.compile("\\d{2}");

    /** A new or rotated secret: shown once to the administrator, never stored in clear. */
    public record IssuedSecret(String clientId, String secret) {
    }

    @PersistenceContext(unitName = "partners")
    EntityManager em;

    @Inject
    PlatformPartnerClients platformClients;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    public List<Partner> all() {
        scope.requireRole(Role.ADMIN);
        return em.createQuery("SELECT p FROM Partner p ORDER BY p.organisation", Partner.class).getResultList();
    }

    @Transactional
    public IssuedSecret register(String clientId, String organisation, PartnerKind kind, Set<String> scopes,
                                 Territory territory, String contactEmail) {
        scope.requireRole(Role.ADMIN);
        IssuedSecret s = registerAsSystem(clientId, organisation, kind, scopes, territory, contactEmail, Secrets.generate());
        audit.record(AuditAction.CREATE, "Partner", clientId, "partner registered");
        return s;
    }

    /** For demo data and the registry itself; no role check. */
    @Transactional
    public IssuedSecret registerAsSystem(String clientId, String organisation, PartnerKind kind, Set<String> scopes,
                                         Territory territory, String contactEmail, String secret) {
        List<FieldError> errors = validate(organisation, kind, scopes, territory);
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            errors.add(new FieldError("clientId", "partners.validation.clientId"));
        } else if (platformClients.exists(clientId) || find(clientId) != null) {
            errors.add(new FieldError("clientId", "partners.validation.clientIdTaken"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Partner p = new Partner(clientId, organisation.trim(), kind, scopes, territory, blankToNull(contactEmail), Instant.now());
        em.persist(p);
        platformClients.create(clientId, p.getOrganisation(), kind.name(), secret, p.scopeSet(), p.territory());
        return new IssuedSecret(clientId, secret);
    }

    @Transactional
    public void update(long id, String organisation, PartnerKind kind, Set<String> scopes, Territory territory,
                       String contactEmail, boolean active) {
        scope.requireRole(Role.ADMIN);
        Partner p = em.find(Partner.class, id);
        if (p == null) {
            throw new RecordNotFound("Partner", id);
        }
        List<FieldError> errors = validate(organisation, kind, scopes, territory);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        p.update(organisation.trim(), kind, scopes, territory, blankToNull(contactEmail), active);
        platformClients.update(p.getClientId(), p.getOrganisation(), kind.name(), p.scopeSet(), p.territory(), active);
        audit.record(AuditAction.UPDATE, "Partner", p.getClientId(), active ? "partner updated" : "partner deactivated");
    }

    @Transactional
    public IssuedSecret rotateSecret(long id) {
        scope.requireRole(Role.ADMIN);
        Partner p = em.find(Partner.class, id);
        if (p == null) {
            throw new RecordNotFound("Partner", id);
        }
        String secret = Secrets.generate();
        platformClients.rotateSecret(p.getClientId(), secret);
        p.secretRotated(Instant.now());
        audit.record(AuditAction.UPDATE, "Partner", p.getClientId(), "secret rotated");
        return new IssuedSecret(p.getClientId(), secret);
    }

    @Transactional
    public int importPlatformClients() {
        return platformClients.importMissingIntoRegistry();
    }

    public Partner find(String clientId) {
        return em.createQuery("SELECT p FROM Partner p WHERE p.clientId = :c", Partner.class)
                .setParameter("c", clientId).getResultStream().findFirst().orElse(null);
    }

    private List<FieldError> validate(String organisation, PartnerKind kind, Set<String> scopes, Territory territory) {
        List<FieldError> errors = new ArrayList<>();
        if (organisation == null || organisation.isBlank()) {
            errors.add(new FieldError("organisation", "validation.required"));
        } else if (organisation.length() > 200) {
            errors.add(new FieldError("organisation", "partners.validation.tooLong", 200));
        }
        if (kind == null) {
            errors.add(new FieldError("kind", "validation.required"));
        }
        if (scopes == null || scopes.isEmpty() || !Scopes.ALL.containsAll(scopes)) {
            errors.add(new FieldError("scopes", "partners.validation.scopes"));
        }
        Territory t = territory == null ? Territory.NATIONAL : territory;
        if (t.regionCode() != null && !CODE2.matcher(t.regionCode()).matches()) {
            errors.add(new FieldError("region", "partners.validation.code2"));
        }
        if (t.provinceCode() != null && (!CODE2.matcher(t.provinceCode()).matches() || t.regionCode() == null)) {
            errors.add(new FieldError("province", "partners.validation.province"));
        }
        return errors;
    }


    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
