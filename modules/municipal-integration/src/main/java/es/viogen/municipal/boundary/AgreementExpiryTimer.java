package es.viogen.municipal.boundary;

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

import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link AgreementExpiryCheck} every day at 06:15 (and once after startup), unless
 * {@code viogen.scheduler.enabled=false}. Non-persistent timer (Payara Micro); the check itself is cluster-safe.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AgreementExpiryTimer {

    private static final Logger LOG = Logger.getLogger(AgreementExpiryTimer.class.getName());

    @Inject
    AgreementExpiryCheck check;

    @Inject
    @ConfigProperty(name = "viogen.scheduler.enabled", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "6", minute = "15", persistent = false, info = "agreement expiry check")
    public void daily() {
        runOnce();
    }

    /** After startup and demo data: catches up on any expiry missed while the application was down. */
    public void afterStartup(@Observes @Priority(300) PlatformReady ready) {
        runOnce();
    }

    private void runOnce() {
        if (!enabled) {
            return;
        }
        try {
            check.run(LocalDate.now(AdhesionDesk.MADRID));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Agreement expiry check failed; it will run again tomorrow", e);
        }
    }
}
