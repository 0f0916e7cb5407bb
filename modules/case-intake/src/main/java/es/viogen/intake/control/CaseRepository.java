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
import es.viogen.platform.api.NativeSql;
import es.viogen.platform.api.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * One page of the case list as rows of {@link CaseListQuery#page}'s columns (case, victim and aggressor in one
     * statement): the cases after {@code after} in the list's order, {@code skip} of them skipped.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> page(CaseFilter f, Visibility v, CaseListQuery.Key after, int skip, int max) {
        CaseListQuery.Sql sql = CaseListQuery.page(f, v, after, skip, max);
        return NativeSql.query(em, sql.text(), null, sql.params()).getResultList();
    }

    /** The list's size, counted up to {@code cap + 1}. */
    public long countCapped(CaseFilter f, Visibility v, int cap) {
        CaseListQuery.Sql sql = CaseListQuery.count(f, v, cap);
        return ((Number) NativeSql.query(em, sql.text(), null, sql.params()).getSingleResult()).longValue();
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
