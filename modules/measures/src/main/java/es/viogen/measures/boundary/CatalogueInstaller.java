package es.viogen.measures.boundary;

import es.viogen.platform.api.ClusterLock;
import es.viogen.measures.control.CatalogueFile;
import es.viogen.measures.control.ProtocolDefinition;
import es.viogen.measures.control.ProtocolStore;
import es.viogen.platform.api.PlatformReady;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * At startup (every mode), loads the protocol versions listed in the catalogue resource files into schema
 * {@code measures}; before other modules' demo data (priority 200+) fire events that need the catalogue.
 * An advisory lock keeps two instances from loading the same version twice.
 */
@ApplicationScoped
public class CatalogueInstaller {

    private static final ClusterLock LOAD_LOCK = ClusterLock.named("measures.catalogue-load");

    @PersistenceContext(unitName = "measures")
    EntityManager em;

    @Inject
    ProtocolStore protocols;

    @Transactional
    public void onReady(@Observes @Priority(150) PlatformReady ready) {
        LOAD_LOCK.hold(em);
        for (ProtocolDefinition d : CatalogueFile.loadAll(CatalogueFile.class.getClassLoader())) {
            protocols.install(d);
        }
    }
}
