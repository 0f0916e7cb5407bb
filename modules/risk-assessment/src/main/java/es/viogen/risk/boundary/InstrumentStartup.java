package es.viogen.risk.boundary;

import es.viogen.platform.api.ClusterLock;
import es.viogen.platform.api.PlatformReady;
import es.viogen.risk.control.InstrumentRejected;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;

/**
 * At startup (every mode, not only demo) loads the instrument versions bundled as resource files
 * ({@code es/viogen/risk/instruments/index.txt} lists them) into the {@code risk} schema. Idempotent, and an advisory
 * lock keeps two instances from racing.
 */
@ApplicationScoped
public class InstrumentStartup {

    private static final ClusterLock LOAD_LOCK = ClusterLock.named("risk.instrument-load");

    static final String FOLDER = "/es/viogen/risk/instruments/";
    private static final Logger LOG = Logger.getLogger(InstrumentStartup.class.getName());

    @PersistenceContext(unitName = "risk")
    EntityManager em;

    @Inject
    InstrumentLibrary library;

    @Transactional
    public void onReady(@Observes @Priority(230) PlatformReady ready) {
        LOAD_LOCK.hold(em);
        for (String file : bundledFiles()) {
            try {
                library.loadBundled(resource(file)).ifPresent(v ->
                        LOG.info(() -> "risk instrument loaded: " + v.getCode() + "/" + v.getVersion()));
            } catch (InstrumentRejected e) {
                LOG.severe(() -> "bundled risk instrument " + file + " is invalid: " + e.problems());
            }
        }
    }

    static List<String> bundledFiles() {
        return resource("index.txt").lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    static String resource(String name) {
        try (InputStream in = InstrumentStartup.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + name);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return String.join("\n", r.lines().toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
