package es.viogen.platform.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Purges idempotency keys older than 7 days, hourly (any instance; a DELETE is safe to run twice). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdempotencyPurgeTimer {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurgeTimer.class.getName());

    @Inject
    @ConfigProperty(name = "viogen.scheduler.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    IdempotencyStore store;

    @Schedule(minute = "23", hour = "*", persistent = false, info = "idempotency key purge")
    public void purge() {
        if (!enabled) {
            return;
        }
        try {
            store.purgeOlderThanDays(7);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Purging idempotency keys failed; the next hour retries", e);
        }
    }
}
