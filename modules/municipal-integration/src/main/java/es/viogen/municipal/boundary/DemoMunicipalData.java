package es.viogen.municipal.boundary;

import es.viogen.platform.api.ClusterLock;
import es.viogen.municipal.control.AgreementTerms;
import es.viogen.municipal.control.Eligibility;
import es.viogen.municipal.entity.Adhesion;
import es.viogen.municipal.entity.AdhesionAgreement;
import es.viogen.municipal.entity.AdhesionStatus;
import es.viogen.municipal.entity.AdhesionTransition;
import es.viogen.municipal.entity.CommissionMember;
import es.viogen.municipal.entity.CrisisCentre;
import es.viogen.municipal.entity.CrisisService;
import es.viogen.municipal.entity.FundingGrant;
import es.viogen.municipal.entity.Municipality;
import es.viogen.municipal.entity.ProgrammeEntry;
import es.viogen.municipal.entity.TrainingRecord;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.PlatformReady;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.UnitKind;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Demo mode only: the Castilla y León adhesion programme as the user describes it — 71 municipalities in the
 * programme, 62 integrated, nine pending — plus the nine puntos Atiendo.
 * <p>
 * The rule for the 62 integrated (the real list is not public): the 61 CyL municipalities with over 5,000
 * inhabitants (INE 2025), minus the three pending ones among them (Bembibre, Valverde de la Virgen, Íscar) = 58,
 * plus the four largest CyL municipalities with 5,000 or fewer inhabitants that are not pending (La Lastrilla,
 * Santovenia de Pisuerga, Medina de Rioseco, El Tiemblo) = 62. All 71 are marked as having a local police force,
 * source "Demo". The list is computed from the registry at startup, not typed in.
 */
@ApplicationScoped
public class DemoMunicipalData {

    private static final ClusterLock DEMO_LOCK = ClusterLock.named("municipal.demo-data");

    public static final String REGION_CYL = "07";
    /** The nine pending towns of the user's programme, and the stage each is at in the demo. */
    public static final Map<String, AdhesionStatus> PENDING = new LinkedHashMap<>();

    static {
        PENDING.put("09410", AdhesionStatus.AGREEMENT_IN_PREPARATION); // Valle de Mena
        PENDING.put("24014", AdhesionStatus.AGREEMENT_IN_PREPARATION); // Bembibre
        PENDING.put("24030", AdhesionStatus.REQUESTED);                // Cacabelos
        PENDING.put("24070", AdhesionStatus.NOT_STARTED);              // Fabero
        PENDING.put("24134", AdhesionStatus.REQUESTED);                // La Robla
        PENDING.put("24189", AdhesionStatus.REQUESTED);                // Valverde de la Virgen
        PENDING.put("24209", AdhesionStatus.NOT_STARTED);              // Villafranca del Bierzo
        PENDING.put("47075", AdhesionStatus.TRAINING);                 // Íscar
        PENDING.put("47112", AdhesionStatus.SIGNED);                   // Pedrajas de San Esteban
    }

    static final int INTEGRATED_TARGET = 62;
    private static final String SOURCE = "Demo (la lista real no es pública)";
    private static final Logger LOG = Logger.getLogger(DemoMunicipalData.class.getName());
    private static final List<AdhesionStatus> PATH = List.of(AdhesionStatus.REQUESTED,
            AdhesionStatus.AGREEMENT_IN_PREPARATION, AdhesionStatus.SIGNED, AdhesionStatus.TRAINING, AdhesionStatus.INTEGRATED);

    @PersistenceContext(unitName = "municipal")
    EntityManager em;

    @Inject
    Units units;

    @Transactional
    public void onReady(@Observes @Priority(210) PlatformReady ready) {
        if (!ready.demoMode()) {
            return;
        }
        DEMO_LOCK.hold(em);
        if (em.createQuery("SELECT COUNT(p) FROM ProgrammeEntry p", Long.class).getSingleResult() > 0) {
            return;
        }
        List<Municipality> integrated = integratedByRule();
        Instant now = Instant.now();
        LocalDate asOf = LocalDate.of(2026, 1, 1);
        int i = 0;
        for (Municipality m : integrated) {
            include(m, asOf, now);
            LocalDate signed = LocalDate.of(2023, 1, 16).plusDays(17L * i++);
            Adhesion a = new Adhesion(m.getIneCode(), now);
            em.persist(a);
            em.flush();
            walk(a, signed, AdhesionStatus.INTEGRATED, now);
            AdhesionAgreement g = agreement(a, signed);
            em.persist(new TrainingRecord(a.getId(), "Agente PL-" + m.getIneCode() + "-01", 20, signed.plusWeeks(5),
                    "Curso VioGén para policías locales", Actor.SYSTEM.username(), now));
            UnitView unit = units.findByCode("PL-" + m.getIneCode()).orElseGet(() -> units.create("PL-" + m.getIneCode(),
                    "Policía Local de " + m.getName(), UnitKind.LOCAL_POLICE,
                    new Territory(m.getRegionCode(), m.getProvinceCode(), m.getIneCode())));
            a.integrate(unit.id(), g.getMaxLevel(), signed.plusMonths(2).atStartOfDay(AdhesionDesk.MADRID).toInstant());
        }
        for (Map.Entry<String, AdhesionStatus> e : PENDING.entrySet()) {
            Municipality m = em.find(Municipality.class, e.getKey());
            include(m, asOf, now);
            Adhesion a = new Adhesion(m.getIneCode(), now);
            em.persist(a);
            em.flush();
            LocalDate signed = LocalDate.of(2026, 6, 1);
            if (e.getValue().compareTo(AdhesionStatus.SIGNED) >= 0) {
                agreement(a, signed);
            }
            walk(a, signed, e.getValue(), now);
            if (e.getValue() == AdhesionStatus.TRAINING) {
                em.persist(new TrainingRecord(a.getId(), "Agente PL-" + m.getIneCode() + "-01", 20, LocalDate.of(2026, 10, 6),
                        "Curso VioGén para policías locales", Actor.SYSTEM.username(), now));
                em.persist(new FundingGrant(a.getId(), 2026, new BigDecimal("6000.00"), LocalDate.of(2026, 7, 1),
                        "Fondos del Pacto de Estado contra la Violencia de Género (demo)", Actor.SYSTEM.username(), now));
            }
        }
        crisisCentres();
        LOG.info(() -> "Demo municipal data: 71 municipalities in the CyL programme, " + integrated.size()
                + " integrated, 9 pending; 9 puntos Atiendo");
    }

    /** The 62 integrated towns by the documented rule. */
    private List<Municipality> integratedByRule() {
        List<Municipality> over = em.createQuery("SELECT m FROM Municipality m WHERE m.regionCode = :r AND m.population > :t "
                        + "ORDER BY m.population DESC", Municipality.class)
                .setParameter("r", REGION_CYL).setParameter("t", Eligibility.POPULATION_THRESHOLD).getResultList();
        List<Municipality> out = new ArrayList<>(over.stream().filter(m -> !PENDING.containsKey(m.getIneCode())).toList());
        List<Municipality> under = em.createQuery("SELECT m FROM Municipality m WHERE m.regionCode = :r AND m.population <= :t "
                        + "ORDER BY m.population DESC", Municipality.class)
                .setParameter("r", REGION_CYL).setParameter("t", Eligibility.POPULATION_THRESHOLD).setMaxResults(30).getResultList();
        for (Municipality m : under) {
            if (out.size() >= INTEGRATED_TARGET) {
                break;
            }
            if (!PENDING.containsKey(m.getIneCode())) {
                out.add(m);
            }
        }
        return out;
    }

    private void include(Municipality m, LocalDate asOf, Instant now) {
        m.declareLocalPolice(true, SOURCE, asOf);
        String reason = m.getPopulation() > Eligibility.POPULATION_THRESHOLD
                ? "Más de 5.000 habitantes y Policía Local (padrón " + m.getPopulationYear() + ")"
                : "Incluido por la Junta: con Policía Local aunque el padrón " + m.getPopulationYear() + " le da "
                + m.getPopulation() + " habitantes";
        em.persist(new ProgrammeEntry(m.getIneCode(), m.getRegionCode(), true, reason, Actor.SYSTEM.username(), now));
    }

    private AdhesionAgreement agreement(Adhesion a, LocalDate signed) {
        int term = AgreementTerms.DEFAULT_TERM_YEARS;
        AdhesionAgreement g = new AdhesionAgreement(a.getId(), signed, term, AgreementTerms.expiresOn(signed, term),
                AgreementTerms.renewalDue(signed, term), RiskLevel.MEDIO, "SES-CONV-" + a.getIneCode() + "-" + signed.getYear(),
                Actor.SYSTEM.username(), Instant.now());
        g.addMember(new CommissionMember(CommissionMember.Side.STATE, "Representante de la Subdelegación del Gobierno",
                "Subdelegación del Gobierno"));
        g.addMember(new CommissionMember(CommissionMember.Side.STATE, "Representante de Policía Nacional / Guardia Civil",
                "Fuerzas y Cuerpos de Seguridad del Estado"));
        g.addMember(new CommissionMember(CommissionMember.Side.MUNICIPALITY, "Representante de la Alcaldía", "Ayuntamiento"));
        g.addMember(new CommissionMember(CommissionMember.Side.MUNICIPALITY, "Jefatura de la Policía Local", "Policía Local"));
        em.persist(g);
        return g;
    }

    /** Records the transitions from not started up to {@code target}, dated around the signing date. */
    private void walk(Adhesion a, LocalDate signed, AdhesionStatus target, Instant now) {
        if (target == AdhesionStatus.NOT_STARTED) {
            return;
        }
        LocalDate[] dates = {signed.minusMonths(6), signed.minusMonths(3), signed, signed.plusMonths(1), signed.plusMonths(2)};
        AdhesionStatus from = AdhesionStatus.NOT_STARTED;
        for (int k = 0; k < PATH.size(); k++) {
            AdhesionStatus to = PATH.get(k);
            LocalDate on = dates[k].isAfter(LocalDate.now(AdhesionDesk.MADRID)) ? LocalDate.now(AdhesionDesk.MADRID) : dates[k];
            em.persist(new AdhesionTransition(a.getId(), from, to, on, on.atStartOfDay(AdhesionDesk.MADRID).toInstant(),
                    Actor.SYSTEM.username(), "Demo"));
            a.moveTo(to, on.atStartOfDay(AdhesionDesk.MADRID).toInstant());
            from = to;
            if (to == target) {
                break;
            }
        }
    }

    /** The nine puntos Atiendo of Castilla y León, one per province capital, with the common basic portfolio. */
    private void crisisCentres() {
        String[][] capitals = {{"05019", "Ávila"}, {"09059", "Burgos"}, {"24089", "León"}, {"34120", "Palencia"},
                {"37274", "Salamanca"}, {"40194", "Segovia"}, {"42173", "Soria"}, {"47186", "Valladolid"}, {"49275", "Zamora"}};
        int k = 0;
        for (String[] c : capitals) {
            Municipality m = em.find(Municipality.class, c[0]);
            CrisisCentre centre = new CrisisCentre("ATIENDO-" + m.getProvinceCode(), "Punto Atiendo de " + c[1], m.getIneCode(),
                    new Territory(m.getRegionCode(), m.getProvinceCode(), m.getIneCode()), null, null, null, true,
                    "24 horas, 365 días");
            for (CrisisService s : CrisisService.values()) {
                if (s.isBasic()) {
                    centre.offer(s, switch (s) {
                        case SOCIO_LABOUR_INSERTION -> "Lunes a viernes, 9:00–14:00 (cita previa)";
                        case LEGAL -> "Lunes a viernes, 9:00–20:00; guardia 24 h para urgencias";
                        case PSYCHOLOGICAL -> "Atención de crisis 24 h; seguimiento con cita";
                        default -> "24 horas";
                    });
                }
            }
            // additional services vary by centre
            if (k % 2 == 0) {
                centre.offer(CrisisService.EMERGENCY_ACCOMMODATION, "24 horas");
            }
            if (k % 3 == 0) {
                centre.offer(CrisisService.INTERPRETING, "Bajo demanda");
            }
            centre.offer(CrisisService.HEALTH_COORDINATION, "24 horas");
            if (k % 4 == 1) {
                centre.offer(CrisisService.MINORS_SUPPORT, "Lunes a viernes, 9:00–18:00");
            }
            em.persist(centre);
            k++;
        }
    }
}
