package es.viogen.intake.boundary;

import es.viogen.platform.api.ClusterLock;
import es.viogen.intake.api.ComplaintChannel;
import es.viogen.intake.api.DocumentType;
import es.viogen.intake.api.NewAggressor;
import es.viogen.intake.api.NewCase;
import es.viogen.intake.api.NewComplaint;
import es.viogen.intake.api.NewMinor;
import es.viogen.intake.api.NewVictim;
import es.viogen.intake.api.PersonIdentity;
import es.viogen.intake.api.Relationship;
import es.viogen.intake.control.CaseRepository;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.PlatformReady;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Demo mode only: a handful of cases (fictitious people) for UFAM Valladolid, UFAM León and the local police of
 * Íscar, so lists are not empty. One aggressor has cases against two victims (flagged on both). Idempotent.
 */
@ApplicationScoped
public class DemoCases {

    private static final ClusterLock DEMO_LOCK = ClusterLock.named("intake.demo-data");

    private static final Logger LOG = Logger.getLogger(DemoCases.class.getName());

    @Inject
    CaseIntake intake;

    @Inject
    CaseRepository repository;

    @Inject
    Units units;

    @Inject
    DemoCases self;

    @Inject
    es.viogen.intake.control.MunicipalityDirectory municipalities;

    /** Demo data must never stop the application from starting: a failure is logged and left. */
    public void onReady(@Observes @Priority(220) PlatformReady ready) {
        if (!ready.demoMode()) {
            return;
        }
        try {
            self.createAll();
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "Demo cases not created", e);
        }
    }

    @Transactional
    public void createAll() {
        DEMO_LOCK.hold(repository.em());
        long existing = ((Number) repository.em().createNativeQuery("SELECT COUNT(*) FROM intake.case_file")
                .getSingleResult()).longValue();
        if (existing > 0) {
            return;
        }
        Optional<UnitView> va = units.findByCode("UFAM-VA");
        Optional<UnitView> le = units.findByCode("UFAM-LE");
        Optional<UnitView> iscar = units.findByCode("PL-47075");
        if (va.isEmpty() || le.isEmpty() || iscar.isEmpty()) {
            LOG.warning("Demo units missing; no demo cases created");
            return;
        }
        Instant now = Instant.now();
        int n = 0;
        PersonIdentity repeat = person("Rubén", "Castaño", "Merino", "71345678T", "1979-02-11");
        n += create(va.get(), "47186", now.minus(Duration.ofDays(40)), "ATE-VA-2026-0101",
                person("Lucía", "Herrero", "Pastor", "71234567W", "1988-05-14"), repeat, Relationship.EX_PARTNER,
                List.of(new NewMinor("Hugo", 7, true, "Custodia materna; visitas quincenales", "CEIP Pío del Río Hortega")));
        n += create(va.get(), "47186", now.minus(Duration.ofDays(12)), "ATE-VA-2026-0188",
                person("Marta", "Santos", "Gil", "09876543K", "1992-09-30"), repeat, Relationship.DATING, List.of());
        n += create(va.get(), "47085", now.minus(Duration.ofDays(3)), "ATE-VA-2026-0203",
                person("Elena", "Rojo", "Calvo", "X1234567L", "1995-01-21"),
                person("Iván", "Prieto", "León", "71456789K", "1990-12-02"), Relationship.SPOUSE, List.of());
        n += create(le.get(), "24089", now.minus(Duration.ofDays(25)), "ATE-LE-2026-0044",
                person("Raquel", "Fernández", "Alonso", "71567890D", "1984-03-08"),
                person("Óscar", "Blanco", "Rey", "09123456T", "1982-07-19"), Relationship.EX_SPOUSE,
                List.of(new NewMinor("Alba", 11, true, "Custodia compartida", "IES Ordoño II"),
                        new NewMinor("Pablo", 4, true, "Custodia compartida", "CEIP Cervantes")));
        n += create(le.get(), "24115", now.minus(Duration.ofDays(6)), "ATE-LE-2026-0061",
                person("Nerea", "Díez", "Robles", "09234567K", "1999-11-25"),
                person("Hugo", "Mateos", "Cid", "44556677L", "1997-06-04"), Relationship.PARTNER, List.of());
        n += create(iscar.get(), "47075", now.minus(Duration.ofDays(9)), "ATE-PL-47075-0007",
                person("Sonia", "Velasco", "Arranz", "71678901E", "1976-04-17"),
                person("Ramón", "Sanz", "Olmedo", "33445566R", "1974-10-29"), Relationship.SPOUSE, List.of());
        LOG.info("Demo data: " + n + " intake cases created");
    }

    private int create(UnitView unit, String ine, Instant filedAt, String atestado, PersonIdentity victim,
                       PersonIdentity aggressor, Relationship rel, List<NewMinor> minors) {
        if (!municipalities.known(ine) && unit.territory() != null && unit.territory().municipalityCode() != null) {
            ine = unit.territory().municipalityCode();
        }
        NewCase c = new NewCase(
                new NewComplaint(atestado, filedAt, "Domicilio familiar", ine, ComplaintChannel.VICTIM,
                        "Denuncia de demostración (datos ficticios)."),
                new NewVictim(victim, "español", false, "Teléfono móvil propio", "De 10:00 a 13:00", "600000000",
                        "C/ Ficticia 1, 2.º B", true),
                new NewAggressor(aggressor, rel, false, false, true), minors, unit.id());
        intake.register(Actor.SYSTEM, c, CaseIntake.Links.NONE);
        return 1;
    }

    private static PersonIdentity person(String first, String last1, String last2, String document, String birth) {
        DocumentType type = Character.isDigit(document.charAt(0)) ? DocumentType.DNI : DocumentType.NIE;
        return new PersonIdentity(first, last1, last2, type, document, LocalDate.parse(birth), "española");
    }
}
