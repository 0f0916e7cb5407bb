package es.viogen.statistics.boundary;

import es.viogen.platform.api.PlatformReady;
import jakarta.annotation.Priority;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.YearMonth;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The month-end job: every hour at :05 (and once after startup) the last finished month is snapshotted if it has no
 * snapshot yet, so the month just ended is written within the first hour of the next one, by one instance of the
 * cluster ({@link MonthlySnapshots} takes the cluster lock without waiting; another instance building skips).
 * Off with {@code viogen.scheduler.enabled=false}. Older missing months are the administrator's "build missing months".
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MonthEndTimer {

    private static final Logger LOG = Logger.getLogger(MonthEndTimer.class.getName());

    @Inject
    MonthlySnapshots snapshots;

    @Inject
    @ConfigProperty(name = "viogen.scheduler.enabled", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "*", minute = "5", persistent = false, info = "monthly statistics snapshot")
    public void hourly() {
        runOnce();
    }

    public void afterStartup(@Observes @Priority(320) PlatformReady ready) {
        runOnce();
    }

    private void runOnce() {
        if (!enabled) {
            return;
        }
        YearMonth last = MonthlySnapshots.lastFinished(Instant.now());
        try {
            snapshots.buildMissing(last, last, "MONTH_END", "system", false);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Monthly statistics snapshot of " + last + " failed; the next hour tries again", e);
        }
    }
}
