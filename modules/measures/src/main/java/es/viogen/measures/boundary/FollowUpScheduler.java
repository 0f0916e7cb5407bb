package es.viogen.measures.boundary;

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
 * Runs the follow-up pass every minute on every instance (non-persistent timer, as Payara Micro needs). Instances
 * share the work through row locks and never raise an alert twice (dedup keys); a pass still running when the next
 * minute comes is not overlapped. Off when {@code viogen.scheduler.enabled=false} (Arquillian tests).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FollowUpScheduler {

    private static final Logger LOG = Logger.getLogger(FollowUpScheduler.class.getName());

    @Inject
    @ConfigProperty(name = "viogen.scheduler.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    FollowUpPass pass;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(minute = "*", hour = "*", persistent = false, info = "follow-up pass")
    public void everyMinute() {
        if (!enabled || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            pass.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Follow-up pass failed; the next one retries", e);
        } finally {
            running.set(false);
        }
    }
}
