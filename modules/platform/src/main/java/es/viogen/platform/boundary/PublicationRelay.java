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
 * Every 5 s on every instance: runs again the event publications that are incomplete and due (a listener failed, or
 * the process died after the publisher's commit). Cluster-safe without coordination: each publication is locked
 * while it runs and its completion commits with the listener's effect, so no publication completes twice. A pass
 * still running when the next tick comes is not overlapped. Off when {@code viogen.scheduler.enabled=false}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicationRelay {

    private static final Logger LOG = Logger.getLogger(PublicationRelay.class.getName());

    @Inject
    EventPublications publications;

    @Inject
    @ConfigProperty(name = "viogen.scheduler.enabled", defaultValue = "true")
    boolean enabled;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "event publication relay")
    public void tick() {
        if (!enabled || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            int done = publications.relayDue(200);
            if (done > 0) {
                LOG.info(() -> "Event publication relay completed " + done + " publication(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Event publication relay pass failed; the next tick retries", e);
        } finally {
            running.set(false);
        }
    }

    @Schedule(minute = "41", hour = "*", persistent = false, info = "completed publications purge")
    public void purge() {
        if (!enabled) {
            return;
        }
        try {
            publications.purgeCompletedOlderThanDays(30);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Purge of completed event publications failed; next hour retries", e);
        }
    }
}
