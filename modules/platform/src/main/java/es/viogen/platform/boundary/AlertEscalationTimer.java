package es.viogen.platform.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the escalation of unacknowledged critical alerts every minute on every instance (non-persistent timer);
 * instances share the work through row locks. Off when {@code viogen.scheduler.enabled=false}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertEscalationTimer {

    private static final Logger LOG = Logger.getLogger(AlertEscalationTimer.class.getName());

    @Inject
    @ConfigProperty(name = "viogen.scheduler.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    AlertEscalation escalation;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(minute = "*", hour = "*", second = "30", persistent = false, info = "alert escalation")
    public void everyMinute() {
        if (!enabled || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            escalation.run(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Alert escalation failed; the next pass retries", e);
        } finally {
            running.set(false);
        }
    }
}
