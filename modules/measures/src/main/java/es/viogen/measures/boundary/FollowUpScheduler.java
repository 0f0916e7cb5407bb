package es.viogen.measures.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import es.viogen.platform.api.PlatformReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the follow-up pass every minute on every instance (a non-persistent calendar timer, as Payara Micro needs), at
 * second 0, or every {@code viogen.followup.pass-seconds} (a divisor of 60) at the same seconds on every instance.
 * Instances share the work through row locks and never raise an alert twice (dedup keys); a pass still running when
 * the next one comes is not overlapped. The timer starts once the platform is ready (schemas migrated, protocol
 * catalogue installed), so no pass runs against a database that is not there yet. Off when
 * {@code viogen.scheduler.enabled=false} (Arquillian tests).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FollowUpScheduler {

    private static final Logger LOG = Logger.getLogger(FollowUpScheduler.class.getName());
    private static final Set<Integer> DIVISORS_OF_A_MINUTE = Set.of(5, 6, 10, 12, 15, 20, 30, 60);

    @Inject
    @ConfigProperty(name = "viogen.scheduler.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "viogen.followup.pass-seconds", defaultValue = "60")
    int passSeconds;

    @Inject
    FollowUpPass pass;

    @Resource
    TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();

    /** After migrations and the catalogue (priority 150): from now on, a pass every period. */
    public void schedule(@Observes @Priority(400) PlatformReady ready) {
        if (!enabled || !timers.getTimers().isEmpty()) {
            return;
        }
        int every = passSeconds;
        if (!DIVISORS_OF_A_MINUTE.contains(every)) {
            LOG.warning(() -> "viogen.followup.pass-seconds=" + passSeconds + " is not one of " + DIVISORS_OF_A_MINUTE
                    + "; the follow-up pass runs every minute");
            every = 60;
        }
        ScheduleExpression when = new ScheduleExpression().hour("*").minute("*")
                .second(every == 60 ? "0" : "*/" + every);
        timers.createCalendarTimer(when, new TimerConfig("follow-up pass", false));
    }

    @Timeout
    public void everyPass() {
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
