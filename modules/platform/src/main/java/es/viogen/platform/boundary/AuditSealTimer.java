package es.viogen.platform.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals new audit rows every 2 seconds on every instance (non-persistent timer, as Payara Micro needs); the sealer
 * itself lets one instance at a time work. Off when {@code viogen.scheduler.enabled=false} (Arquillian tests call
 * {@link AuditSealer} directly); at least one instance of a cluster must run the scheduler.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealTimer {

    private static final Logger LOG = Logger.getLogger(AuditSealTimer.class.getName());

    @Inject
    @ConfigProperty(name = "viogen.scheduler.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    AuditSealer sealer;

    private static final int PASS = 5000;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "audit sealer")
    public void seal() {
        if (!enabled || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (sealer.sealPending(PASS) == PASS) {
                // a backlog (after a pause): keep going
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sealing the audit log failed; the next pass retries", e);
        } finally {
            running.set(false);
        }
    }
}
