package es.viogen.platform.boundary;

import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks a person's password and keeps the lockout count: five failures in a row lock the account for 15 minutes.
 * Each attempt is audited (the attempted name is recorded only if such an account exists).
 */
@ApplicationScoped
public class LoginAttempts {

    private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    @Configured
    Pbkdf2PasswordHash hash;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CredentialValidationResult check(String username, String password) {
        if (username == null || password == null || username.length() > 80 || password.length() > 200) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount user = em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :u", UserAccount.class)
                .setParameter("u", username.trim())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        Instant now = Instant.now();
        if (user == null) {
            hash.verify(password.toCharArray(), PasswordHashing.DUMMY_HASH);
            audit.record(new Actor("(desconocido)", "", null, null, null, null, Set.of()), AuditAction.LOGIN_FAILED,
                    "UserAccount", null, "unknown account");
            return CredentialValidationResult.INVALID_RESULT;
        }
        Actor actor = new Actor(user.getUsername(), user.getFullName(), user.getRole(), user.getUnit().getId(),
                user.getUnit().getName(), user.getUnit().territory(), Set.of());
        if (user.isLocked(now)) {
            audit.record(actor, AuditAction.LOGIN_LOCKED, "UserAccount", user.getId().toString(), "account locked");
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!user.isActive() || !hash.verify(password.toCharArray(), user.getPasswordHash())) {
            boolean locked = user.recordFailure(now);
            audit.record(actor, locked ? AuditAction.LOGIN_LOCKED : AuditAction.LOGIN_FAILED, "UserAccount",
                    user.getId().toString(), locked ? "locked after repeated failures" : "wrong password");
            if (locked) {
                LOG.warning(() -> "Account id " + user.getId() + " locked after repeated failed logins");
            }
            return CredentialValidationResult.INVALID_RESULT;
        }
        user.recordSuccess(now);
        audit.record(actor, AuditAction.LOGIN, "UserAccount", user.getId().toString(), "form login");
        return new CredentialValidationResult(user.getUsername(), Set.of(user.getRole().name()));
    }

    /** Whether the account is currently locked (for the login page's message). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isLocked(String username) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :u", UserAccount.class)
                .setParameter("u", username == null ? "" : username.trim())
                .getResultStream().findFirst().map(u -> u.isLocked(Instant.now())).orElse(false);
    }
}
