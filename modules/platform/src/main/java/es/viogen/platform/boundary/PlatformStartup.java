package es.viogen.platform.boundary;

import es.viogen.platform.api.PlatformReady;
import es.viogen.platform.api.RuntimeMode;
import es.viogen.platform.control.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At deployment: migrates every module's schema (each module's {@code @ApplicationModule} declaration, found by
 * {@link ApplicationModules}), then announces {@link PlatformReady} (demo data is created in
 * reaction to it). Readiness stays DOWN until this has finished. A startup singleton EJB, because only a component
 * with its own naming context sees the app-defined data source this early.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/viogen")
    DataSource dataSource;

    @Inject
    ApplicationModules modules;

    @Inject
    Event<PlatformReady> ready;

    @Inject
    RuntimeMode mode;

    private volatile boolean started;
    private volatile String failure;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void start() {
        try {
            SchemaMigrator.migrate(dataSource, modules.inDependencyOrder(), getClass().getClassLoader());
            if (mode.isDemo()) {
                LOG.warning("VioGén is running in DEMO MODE: demo data and demo accounts are created. "
                        + "Never use demo mode with real data.");
            }
            ready.fire(new PlatformReady(mode.isDemo()));
            started = true;
            LOG.info("VioGén platform ready");
        } catch (RuntimeException e) {
            failure = e.getClass().getSimpleName();
            LOG.log(Level.SEVERE, "VioGén could not start: migrations or startup failed", e);
        }
    }

    public boolean isStarted() {
        return started;
    }

    public String failure() {
        return failure;
    }

    /** Whether the database answers a trivial query. */
    public boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1")) {
            return rs.next();
        } catch (Exception e) {
            return false;
        }
    }
}
