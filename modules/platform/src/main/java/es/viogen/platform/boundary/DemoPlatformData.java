package es.viogen.platform.boundary;

import es.viogen.platform.api.ClusterLock;
import es.viogen.platform.api.PlatformReady;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.UnitKind;
import es.viogen.platform.entity.PartnerClient;
import es.viogen.platform.entity.Unit;
import es.viogen.platform.entity.UserAccount;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo mode only: the demo units, the seven demo accounts and the partner client {@code juzgado-valladolid}, all with
 * password/secret {@code viogen-demo}. Created once (idempotent; an advisory lock keeps two instances from racing).
 */
@ApplicationScoped
public class DemoPlatformData {

    private static final ClusterLock DEMO_LOCK = ClusterLock.named("platform.demo-data");

    public static final String DEMO_PASSWORD = "viogen-demo";

    /** Unit codes other modules' demo data refer to. */
    public static final String UNIT_ADMIN = "ADMIN";
    public static final String UNIT_REGIONAL_CYL = "UCVM-CYL";
    public static final String UNIT_PN_VALLADOLID = "UFAM-VA";
    public static final String UNIT_PN_LEON = "UFAM-LE";
    public static final String UNIT_PL_ISCAR = "PL-47075";
    public static final String UNIT_ADHESION_CYL = "ADH-CYL";

    /** The demo supervisor of UFAM Valladolid (approves drops of the risk level). */
    public static final String SUPERVISOR_VALLADOLID = "supervisor.valladolid";
    public static final String MINISTRY_CLIENT = "ministerio-interior";

    private static final Logger LOG = Logger.getLogger(DemoPlatformData.class.getName());

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    @Configured
    Pbkdf2PasswordHash hash;

    @Transactional
    public void onReady(@Observes @Priority(100) PlatformReady ready) {
        if (!ready.demoMode()) {
            return;
        }
        DEMO_LOCK.hold(em);
        if (em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult() > 0) {
            addAccountsOfLaterVersions();
            return;
        }
        Unit admin = unit(UNIT_ADMIN, "Administración del sistema VioGén", UnitKind.ADMINISTRATION, Territory.NATIONAL);
        Unit regional = unit(UNIT_REGIONAL_CYL, "Unidad de Coordinación contra la Violencia sobre la Mujer de Castilla y León",
                UnitKind.REGIONAL_COORDINATION, Territory.region("07"));
        Unit ufamVa = unit(UNIT_PN_VALLADOLID, "UFAM Comisaría Provincial de Valladolid (Policía Nacional)",
                UnitKind.NATIONAL_POLICE, new Territory("07", "47", "47186"));
        Unit ufamLe = unit(UNIT_PN_LEON, "UFAM Comisaría Provincial de León (Policía Nacional)",
                UnitKind.NATIONAL_POLICE, new Territory("07", "24", "24089"));
        Unit iscar = unit(UNIT_PL_ISCAR, "Policía Local de Íscar", UnitKind.LOCAL_POLICE, new Territory("07", "47", "47075"));
        Unit adhesion = unit(UNIT_ADHESION_CYL, "Oficina de adhesiones municipales de Castilla y León",
                UnitKind.ADHESION_OFFICE, Territory.region("07"));

        String demoHash = hash.generate(DEMO_PASSWORD.toCharArray());
        for (Object[] u : List.of(
                new Object[]{"admin", "Administración VioGén", Role.ADMIN, admin},
                new Object[]{"regional.cyl", "Coordinación regional Castilla y León", Role.REGIONAL_UNIT, regional},
                new Object[]{"policia.valladolid", "Agente UFAM Valladolid", Role.POLICE_OFFICER, ufamVa},
                new Object[]{"policia.leon", "Agente UFAM León", Role.POLICE_OFFICER, ufamLe},
                new Object[]{"local.iscar", "Agente Policía Local de Íscar", Role.LOCAL_POLICE_OFFICER, iscar},
                new Object[]{SUPERVISOR_VALLADOLID, "Supervisora UFAM Valladolid", Role.UNIT_SUPERVISOR, ufamVa},
                new Object[]{"adhesion.cyl", "Gestión de adhesiones Castilla y León", Role.ADHESION_MANAGER, adhesion})) {
            em.persist(new UserAccount((String) u[0], (String) u[1], demoHash, (Role) u[2], (Unit) u[3]));
        }
        em.persist(new PartnerClient("juzgado-valladolid", "Juzgado de Violencia sobre la Mujer n.º 1 de Valladolid",
                "COURT", hash.generate(DEMO_PASSWORD.toCharArray()),
                new LinkedHashSet<>(List.of("cases:read", "cases:write", "incidents:write", "judicial-orders:write",
                        "assessments:read", "coverage:read")),
                Territory.province("07", "47")));
        em.persist(new PartnerClient(MINISTRY_CLIENT, "Ministerio del Interior · Gabinete de Estudios de Seguridad Interior",
                "MINISTRY", hash.generate(DEMO_PASSWORD.toCharArray()), new LinkedHashSet<>(List.of("statistics:read")),
                Territory.NATIONAL));
        LOG.info("Demo data: 6 units, 7 accounts and 2 partner clients created (password viogen-demo)");
    }

    /**
     * A demo database created before an account was added to the demo set gets that account (data kept in
     * {@code .viogen-data/} between runs). Only accounts whose unit exists are added.
     */
    private void addAccountsOfLaterVersions() {
        if (!em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :u", UserAccount.class)
                .setParameter("u", SUPERVISOR_VALLADOLID).getResultList().isEmpty()) {
            return;
        }
        List<Unit> ufamVa = em.createQuery("SELECT u FROM Unit u WHERE u.code = :c", Unit.class)
                .setParameter("c", UNIT_PN_VALLADOLID).getResultList();
        if (ufamVa.isEmpty()) {
            return;
        }
        em.persist(new UserAccount(SUPERVISOR_VALLADOLID, "Supervisora UFAM Valladolid",
                hash.generate(DEMO_PASSWORD.toCharArray()), Role.UNIT_SUPERVISOR, ufamVa.get(0)));
        LOG.info("Demo data: account " + SUPERVISOR_VALLADOLID + " added (password viogen-demo)");
    }

    private Unit unit(String code, String name, UnitKind kind, Territory t) {
        Unit u = new Unit(code, name, kind, t);
        em.persist(u);
        return u;
    }
}
