package es.viogen.platform.boundary;

import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.ConflictingChange;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.PartnerClients;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Territory;
import es.viogen.platform.entity.PartnerClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Partner clients in the platform schema (see {@link PartnerClients}). */
@ApplicationScoped
public class PartnerClientRegistry implements PartnerClients {

    private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,79}");
    private static final Pattern SCOPE = Pattern.compile("[a-z][a-z-]*:[a-z][a-z-]*");
    public static final int MIN_SECRET = 16;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    @Configured
    Pbkdf2PasswordHash hash;

    @Override
    @Transactional
    public List<PartnerClientView> all() {
        requireAdminOrSystem();
        return em.createQuery("SELECT c FROM PartnerClient c ORDER BY c.clientId", PartnerClient.class)
                .getResultStream().map(PartnerClientRegistry::view).toList();
    }

    @Override
    @Transactional
    public Optional<PartnerClientView> find(String clientId) {
        requireAdminOrSystem();
        return byId(clientId).map(PartnerClientRegistry::view);
    }

    @Override
    @Transactional
    public PartnerClientView register(String clientId, String organisation, String kind, Set<String> scopes,
                                      Territory territory, String secret) {
        requireAdminOrSystem();
        List<FieldError> errors = new ArrayList<>();
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            errors.add(new FieldError("clientId", "admin.partner.invalidClientId"));
        }
        if (organisation == null || organisation.isBlank() || organisation.length() > 200) {
            errors.add(new FieldError("organisation", "validation.required"));
        }
        if (kind == null || kind.isBlank() || kind.length() > 30) {
            errors.add(new FieldError("kind", "validation.required"));
        }
        validateScopes(scopes, errors);
        if (secret == null || secret.isBlank() || (!system() && secret.length() < MIN_SECRET)) {
            errors.add(new FieldError("secret", "admin.partner.weakSecret", MIN_SECRET));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (byId(clientId).isPresent()) {
            throw new ConflictingChange("admin.partner.exists", clientId);
        }
        PartnerClient c = new PartnerClient(clientId, organisation.trim(), kind, hash.generate(secret.toCharArray()),
                scopes, territory == null ? Territory.NATIONAL : territory);
        em.persist(c);
        em.flush();
        audit.record(AuditAction.CREATE, "PartnerClient", clientId, "partner registry");
        return view(c);
    }

    @Override
    @Transactional
    public void rotateSecret(String clientId, String newSecret) {
        requireAdminOrSystem();
        if (newSecret == null || newSecret.length() < MIN_SECRET) {
            throw new InvalidInput("secret", "admin.partner.weakSecret", MIN_SECRET);
        }
        PartnerClient c = byId(clientId).orElseThrow(() -> new RecordNotFound("PartnerClient", clientId));
        c.rotateSecret(hash.generate(newSecret.toCharArray()));
        audit.record(AuditAction.UPDATE, "PartnerClient", clientId, "secret rotated");
    }

    @Override
    @Transactional
    public void update(String clientId, String organisation, String kind, Set<String> scopes, Territory territory,
                       boolean active) {
        requireAdminOrSystem();
        List<FieldError> errors = new ArrayList<>();
        validateScopes(scopes, errors);
        if (organisation == null || organisation.isBlank()) {
            errors.add(new FieldError("organisation", "validation.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        PartnerClient c = byId(clientId).orElseThrow(() -> new RecordNotFound("PartnerClient", clientId));
        c.update(organisation.trim(), kind, scopes, territory == null ? Territory.NATIONAL : territory);
        c.setActive(active);
        audit.record(AuditAction.UPDATE, "PartnerClient", clientId, "partner registry");
    }

    @Override
    @Transactional
    public Optional<PartnerClientView> verify(String clientId, String secret) {
        if (clientId == null || secret == null || clientId.length() > 80 || secret.length() > 200) {
            return Optional.empty();
        }
        Optional<PartnerClient> c = byId(clientId);
        if (c.isEmpty() || !c.get().isActive()) {
            hash.verify(secret.toCharArray(), PasswordHashing.DUMMY_HASH);
            return Optional.empty();
        }
        return hash.verify(secret.toCharArray(), c.get().getSecretHash()) ? c.map(PartnerClientRegistry::view)
                : Optional.empty();
    }

    /** People must be administrators; with no request at all (startup, timers) the system itself acts. */
    private void requireAdminOrSystem() {
        if (!system()) {
            scope.requireRole(Role.ADMIN);
        }
    }

    private boolean system() {
        try {
            return scope.actor().isSystem();
        } catch (ContextNotActiveException e) {
            return true;
        }
    }

    private static void validateScopes(Set<String> scopes, List<FieldError> errors) {
        if (scopes == null || scopes.stream().anyMatch(s -> s == null || !SCOPE.matcher(s).matches())) {
            errors.add(new FieldError("scopes", "admin.partner.invalidScopes"));
        }
    }

    private Optional<PartnerClient> byId(String clientId) {
        return em.createQuery("SELECT c FROM PartnerClient c WHERE c.clientId = :id", PartnerClient.class)
                .setParameter("id", clientId).getResultStream().findFirst();
    }

    private static PartnerClientView view(PartnerClient c) {
        return new PartnerClientView(c.getId(), c.getClientId(), c.getOrganisation(), c.getKind(), c.scopeSet(),
                c.territory(), c.isActive());
    }
}
