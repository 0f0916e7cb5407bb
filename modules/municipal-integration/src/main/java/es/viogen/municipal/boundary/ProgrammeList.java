package es.viogen.municipal.boundary;

import es.viogen.municipal.control.Eligibility;
import es.viogen.municipal.entity.Municipality;
import es.viogen.municipal.entity.ProgrammeEntry;
import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A region's explicit programme list beside the computed eligibility (over 5,000 inhabitants and a local police
 * force): every municipality that is on the list or eligible by the rule, with the discrepancies between both.
 */
@ApplicationScoped
public class ProgrammeList {

    /** One municipality: computed eligibility and programme membership side by side. */
    public record Row(String ineCode, String name, String provinceName, int population, int populationYear,
                      boolean hasLocalPolice, String localPoliceSource, LocalDate localPoliceAsOf, boolean eligible,
                      Boolean programme, String reason, String status, Eligibility.Discrepancy discrepancy) {
        public String getIneCode() {
            return ineCode;
        }

        public String getName() {
            return name;
        }

        public String getProvinceName() {
            return provinceName;
        }

        public int getPopulation() {
            return population;
        }

        public boolean isEligible() {
            return eligible;
        }

        public Boolean getProgramme() {
            return programme;
        }

        public String getReason() {
            return reason;
        }

        public boolean isHasLocalPolice() {
            return hasLocalPolice;
        }

        public String getLocalPoliceSource() {
            return localPoliceSource;
        }

        public LocalDate getLocalPoliceAsOf() {
            return localPoliceAsOf;
        }

        public String getStatus() {
            return status;
        }

        public Eligibility.Discrepancy getDiscrepancy() {
            return discrepancy;
        }
    }

    @PersistenceContext(unitName = "municipal")
    EntityManager em;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Transactional
    public List<Row> rows(String regionCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT m.ine_code, m.name, m.province_name, m.population, "
                        + "m.population_year, m.has_local_police, m.local_police_source, m.local_police_as_of, p.included, "
                        + "p.reason, COALESCE(a.status, 'NOT_STARTED') FROM municipal.municipality m "
                        + "LEFT JOIN municipal.programme_entry p ON p.ine_code = m.ine_code "
                        + "LEFT JOIN municipal.adhesion a ON a.ine_code = m.ine_code WHERE m.region_code = ?1 "
                        + "AND (p.ine_code IS NOT NULL OR m.population > ?2) ORDER BY m.population DESC, m.ine_code")
                .setParameter(1, regionCode).setParameter(2, Eligibility.POPULATION_THRESHOLD).getResultList();
        List<Row> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            int population = ((Number) r[3]).intValue();
            boolean police = (Boolean) r[5];
            Boolean programme = (Boolean) r[8];
            out.add(new Row((String) r[0], (String) r[1], (String) r[2], population, ((Number) r[4]).intValue(), police,
                    (String) r[6], toDate(r[7]), Eligibility.eligible(population, police), programme, (String) r[9],
                    (String) r[10], Eligibility.compare(population, police, programme)));
        }
        return out;
    }

    /** Includes or excludes a municipality from its region's programme, with the reason. */
    @Transactional
    public void decide(String ineCode, boolean include, String reason) {
        Actor actor = scope.actor();
        Municipality m = ineCode == null ? null : em.find(Municipality.class, ineCode);
        if (m == null) {
            throw new RecordNotFound("Municipality", ineCode);
        }
        Territory t = new Territory(m.getRegionCode(), m.getProvinceCode(), m.getIneCode());
        if (!(actor.hasRole(Role.ADHESION_MANAGER) || actor.hasRole(Role.REGIONAL_UNIT))
                || actor.territory() == null || !actor.territory().contains(t)) {
            audit.record(AuditAction.ACCESS_DENIED, "ProgrammeEntry", ineCode, "outside the actor's territory");
            throw new AccessDenied();
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "validation.required");
        }
        if (reason.length() > 500) {
            throw new InvalidInput("reason", "municipal.validation.tooLong", 500);
        }
        ProgrammeEntry p = em.find(ProgrammeEntry.class, ineCode);
        if (p == null) {
            em.persist(new ProgrammeEntry(ineCode, m.getRegionCode(), include, reason.trim(), actor.username(), Instant.now()));
        } else {
            p.decide(include, reason.trim(), actor.username(), Instant.now());
        }
        audit.record(AuditAction.UPDATE, "ProgrammeEntry", ineCode, include ? "included" : "excluded");
    }

    private static LocalDate toDate(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString());
    }
}
