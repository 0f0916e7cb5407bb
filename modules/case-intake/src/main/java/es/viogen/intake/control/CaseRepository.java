package es.viogen.intake.control;

import es.viogen.intake.entity.Aggressor;
import es.viogen.intake.entity.Case;
import es.viogen.intake.entity.Complaint;
import es.viogen.intake.entity.Inactivation;
import es.viogen.intake.entity.Incident;
import es.viogen.intake.entity.Minor;
import es.viogen.intake.entity.Transfer;
import es.viogen.intake.entity.TransferStatus;
import es.viogen.intake.entity.Victim;
import es.viogen.platform.api.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Queries over the intake schema. Lists take the actor's {@link Visibility} and turn it into a WHERE clause. */
@ApplicationScoped
public class CaseRepository {

    @PersistenceContext(unitName = "intake")
    EntityManager em;

    public EntityManager em() {
        return em;
    }

    public long nextCaseSequence() {
        return ((Number) em.createNativeQuery("SELECT nextval('intake.case_number_seq')").getSingleResult()).longValue();
    }

    public long nextPersonRef() {
        return ((Number) em.createNativeQuery("SELECT nextval('intake.person_ref_seq')").getSingleResult()).longValue();
    }

    public Optional<Case> find(long id) {
        return Optional.ofNullable(em.find(Case.class, id));
    }

    public Optional<Case> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Case.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Case> findByNumber(String number) {
        return em.createQuery("SELECT c FROM IntakeCase c WHERE c.caseNumber = :n", Case.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    public Optional<Victim> victimOf(long caseId) {
        return em.createQuery("SELECT v FROM Victim v WHERE v.caseId = :c", Victim.class).setParameter("c", caseId)
                .getResultStream().findFirst();
    }

    public Optional<Aggressor> aggressorOf(long caseId) {
        return em.createQuery("SELECT a FROM Aggressor a WHERE a.caseId = :c", Aggressor.class).setParameter("c", caseId)
                .getResultStream().findFirst();
    }

    public List<Minor> minorsOf(long caseId) {
        return em.createQuery("SELECT m FROM Minor m WHERE m.caseId = :c ORDER BY m.id", Minor.class)
                .setParameter("c", caseId).getResultList();
    }

    public List<Complaint> complaintsOf(long caseId) {
        return em.createQuery("SELECT k FROM Complaint k WHERE k.caseId = :c ORDER BY k.filedAt", Complaint.class)
                .setParameter("c", caseId).getResultList();
    }

    public List<Incident> incidentsOf(long caseId) {
        return em.createQuery("SELECT i FROM Incident i WHERE i.caseId = :c ORDER BY i.occurredAt", Incident.class)
                .setParameter("c", caseId).getResultList();
    }

    public List<Transfer> transfersOf(long caseId) {
        return em.createQuery("SELECT t FROM Transfer t WHERE t.caseId = :c ORDER BY t.requestedAt", Transfer.class)
                .setParameter("c", caseId).getResultList();
    }

    public Optional<Transfer> pendingTransferOf(long caseId) {
        return em.createQuery("SELECT t FROM Transfer t WHERE t.caseId = :c AND t.status = :s", Transfer.class)
                .setParameter("c", caseId).setParameter("s", TransferStatus.PENDING).getResultStream().findFirst();
    }

    public List<Transfer> pendingTransfersTo(long unitId) {
        return em.createQuery("SELECT t FROM Transfer t WHERE t.toUnitId = :u AND t.status = :s ORDER BY t.requestedAt",
                Transfer.class).setParameter("u", unitId).setParameter("s", TransferStatus.PENDING).getResultList();
    }

    public List<Inactivation> inactivationsOf(long caseId) {
        return em.createQuery("SELECT i FROM Inactivation i WHERE i.caseId = :c ORDER BY i.decidedAt", Inactivation.class)
                .setParameter("c", caseId).getResultList();
    }

    /** Complaints after the first plus incidents of violence, in the 6 months after the case was opened. */
    public int furtherComplaintsFirstSixMonths(Case c) {
        Instant end = c.getOpenedAt().atZone(InactivationRules.MADRID).plusMonths(6).toInstant();
        long complaints = em.createQuery("SELECT COUNT(k) FROM Complaint k WHERE k.caseId = :c AND k.filedAt <= :e",
                Long.class).setParameter("c", c.getId()).setParameter("e", end).getSingleResult();
        long incidents = em.createQuery("SELECT COUNT(i) FROM Incident i WHERE i.caseId = :c AND i.occurredAt >= :o "
                        + "AND i.occurredAt <= :e AND i.type IN (es.viogen.intake.api.IncidentType.NEW_AGGRESSION, "
                        + "es.viogen.intake.api.IncidentType.THREAT, es.viogen.intake.api.IncidentType.BREACH_OF_MEASURE)",
                Long.class).setParameter("c", c.getId()).setParameter("o", c.getOpenedAt()).setParameter("e", end)
                .getSingleResult();
        return (int) (Math.max(0, complaints - 1) + incidents);
    }

    public Instant lastIncidentAt(long caseId) {
        return em.createQuery("SELECT MAX(i.occurredAt) FROM Incident i WHERE i.caseId = :c", Instant.class)
                .setParameter("c", caseId).getSingleResult();
    }

    // --- duplicate search ---

    public List<Victim> victimsByDocument(String document) {
        return em.createQuery("SELECT v FROM Victim v WHERE v.identity.documentNumber = :d", Victim.class)
                .setParameter("d", document).setMaxResults(50).getResultList();
    }

    public List<Aggressor> aggressorsByDocument(String document) {
        return em.createQuery("SELECT a FROM Aggressor a WHERE a.identity.documentNumber = :d", Aggressor.class)
                .setParameter("d", document).setMaxResults(50).getResultList();
    }

    public List<Victim> victimsBornOn(LocalDate d) {
        return em.createQuery("SELECT v FROM Victim v WHERE v.identity.birthDate = :d", Victim.class)
                .setParameter("d", d).setMaxResults(500).getResultList();
    }

    public List<Aggressor> aggressorsBornOn(LocalDate d) {
        return em.createQuery("SELECT a FROM Aggressor a WHERE a.identity.birthDate = :d", Aggressor.class)
                .setParameter("d", d).setMaxResults(500).getResultList();
    }

    public List<Aggressor> aggressorsOfPerson(long personRef) {
        return em.createQuery("SELECT a FROM Aggressor a WHERE a.personRef = :p", Aggressor.class)
                .setParameter("p", personRef).getResultList();
    }

    public Optional<Long> victimPersonRefOfCase(long caseId) {
        return victimOf(caseId).map(Victim::getPersonRef);
    }

    // --- lists ---

    public List<Case> search(CaseFilter f, Visibility v, int first, int max) {
        TypedQuery<Case> q = query(f, v, "SELECT c FROM IntakeCase c", " ORDER BY c.openedAt DESC, c.id DESC", Case.class);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(CaseFilter f, Visibility v) {
        return query(f, v, "SELECT COUNT(c) FROM IntakeCase c", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(CaseFilter f, Visibility v, String select, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        Map<String, Object> params = new HashMap<>();
        switch (v.kind()) {
            case NONE -> where.append(" AND 1=0");
            case UNIT -> {
                where.append(" AND c.unitId = :vUnit");
                params.put("vUnit", v.unitId());
            }
            case TERRITORY -> {
                if (v.territory().regionCode() != null) {
                    where.append(" AND c.regionCode = :vRegion");
                    params.put("vRegion", v.territory().regionCode());
                }
                if (v.territory().provinceCode() != null) {
                    where.append(" AND c.provinceCode = :vProvince");
                    params.put("vProvince", v.territory().provinceCode());
                }
                if (v.territory().municipalityCode() != null) {
                    where.append(" AND c.municipalityCode = :vMunicipality");
                    params.put("vMunicipality", v.territory().municipalityCode());
                }
            }
            case ALL -> {
                // no restriction
            }
        }
        if (f.status() != null) {
            where.append(" AND c.status = :status");
            params.put("status", f.status());
        }
        if (f.level() != null) {
            where.append(" AND c.currentLevel = :level");
            params.put("level", f.level());
        }
        if (f.unitId() != null) {
            where.append(" AND c.unitId = :unit");
            params.put("unit", f.unitId());
        }
        if (f.municipalityCode() != null && !f.municipalityCode().isBlank()) {
            where.append(" AND c.municipalityCode = :mun");
            params.put("mun", f.municipalityCode().trim());
        }
        if (f.text() != null && !f.text().isBlank()) {
            String text = f.text().trim();
            String nameKey = "%" + PersonNames.key(text, null, null).replace("%", "").replace("_", "") + "%";
            where.append(" AND (UPPER(c.caseNumber) LIKE :num"
                    + " OR c.id IN (SELECT v.caseId FROM Victim v WHERE v.identity.nameKey LIKE :name OR v.identity.documentNumber = :doc)"
                    + " OR c.id IN (SELECT a.caseId FROM Aggressor a WHERE a.identity.nameKey LIKE :name OR a.identity.documentNumber = :doc)"
                    + " OR c.id IN (SELECT k.caseId FROM Complaint k WHERE UPPER(k.atestadoNumber) = :atestado))");
            params.put("num", "%" + text.toUpperCase(Locale.ROOT).replace("%", "") + "%");
            params.put("name", nameKey);
            params.put("doc", String.valueOf(IdentityDocuments.normalise(text)));
            params.put("atestado", text.toUpperCase(Locale.ROOT));
        }
        TypedQuery<T> q = em.createQuery(select + where + order, type);
        params.forEach(q::setParameter);
        return q;
    }

    /** Judicial orders in force on {@code day} according to intake's copy of the measures module's orders. */
    public int judicialOrdersInForce(long caseId, LocalDate day) {
        Number n = (Number) em.createNativeQuery("SELECT COUNT(*) FROM intake.judicial_order_copy WHERE case_id = ?1 "
                        + "AND starts_on <= ?2 AND (ends_on IS NULL OR ends_on >= ?3)")
                .setParameter(1, caseId).setParameter(2, java.sql.Date.valueOf(day)).setParameter(3, java.sql.Date.valueOf(day))
                .getSingleResult();
        return n.intValue();
    }
}
