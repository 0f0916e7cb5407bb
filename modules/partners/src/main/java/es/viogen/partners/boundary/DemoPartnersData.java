package es.viogen.partners.boundary;

import es.viogen.platform.api.ClusterLock;
import es.viogen.partners.control.Scopes;
import es.viogen.partners.entity.PartnerKind;
import es.viogen.platform.api.PlatformReady;
import es.viogen.platform.api.Territory;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Set;

/**
 * At startup: brings the platform's existing partner clients into the registry. In demo mode also registers the
 * prison administration of Valladolid and a victim-support office of León (secret {@code viogen-demo}).
 */
@ApplicationScoped
public class DemoPartnersData {

    private static final ClusterLock DEMO_LOCK = ClusterLock.named("partners.demo-data");

    static final String DEMO_SECRET = "viogen-demo";

    @PersistenceContext(unitName = "partners")
    EntityManager em;

    @Inject
    PartnerRegistry registry;

    @Transactional
    public void onReady(@Observes @Priority(250) PlatformReady ready) {
        DEMO_LOCK.hold(em);
        registry.importPlatformClients();
        if (!ready.demoMode() || registry.find("prisiones-valladolid") != null) {
            return;
        }
        registry.registerAsSystem("prisiones-valladolid", "Centro Penitenciario de Valladolid (Villanubla)",
                PartnerKind.PRISON_ADMINISTRATION, Set.of(Scopes.PRISON_EVENTS_WRITE, Scopes.CASES_READ,
                        Scopes.EVENTS_SUBSCRIBE), Territory.province("07", "47"), null, DEMO_SECRET);
        registry.registerAsSystem("oav-leon", "Oficina de Asistencia a las Víctimas de León",
                PartnerKind.VICTIM_SUPPORT, Set.of(Scopes.CASES_READ, Scopes.COVERAGE_READ),
                Territory.province("07", "24"), null, DEMO_SECRET);
    }
}
