package es.viogen.intake.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Hourly (non-persistent timer) check of supervision periods that have run; off with viogen.scheduler.enabled=false. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SupervisionEndTimer {

    private static final Logger LOG = Logger.getLogger(SupervisionEndTimer.class.getName());

    @Inject
    @ConfigProperty(name = "viogen.scheduler.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    SupervisionEnds ends;

    @Schedule(minute = "5", hour = "*", persistent = false, info = "end of supervision periods")
    public void hourly() {
        if (!enabled) {
            return;
        }
        try {
            ends.run(LocalDate.now(ZoneId.of("Europe/Madrid")));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Supervision end check failed; the next one retries", e);
        }
    }
}
