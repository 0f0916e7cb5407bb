package es.viogen.risk.control;

import es.viogen.platform.api.NativeSql;
import es.viogen.platform.api.ScopePredicate;
import es.viogen.platform.api.Visibility;
import es.viogen.risk.api.AssessmentKind;
import es.viogen.risk.entity.Assessment;
import es.viogen.risk.entity.AssessmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Assessments over the risk persistence unit. */
@ApplicationScoped
public class AssessmentRepository {

    @PersistenceContext(unitName = "risk")
    EntityManager em;

    public Optional<Assessment> find(long id) {
        return Optional.ofNullable(em.find(Assessment.class, id));
    }

    /** Creates an owed assessment unless the same trigger already created one (idempotent across instances). */
    public boolean owe(long caseId, String caseNumber, long unitId, AssessmentKind kind, String trigger, Long triggerRef,
                       Instant dueAt, Instant now) {
        String conflict = switch (trigger) {
            case "CASE_OPENED" -> "(case_id) WHERE trigger_kind = 'CASE_OPENED'";
            case "INCIDENT" -> "(case_id, trigger_ref) WHERE trigger_kind = 'INCIDENT'";
            case "FOLLOW_UP" -> "(trigger_ref) WHERE trigger_kind = 'FOLLOW_UP'";
            case "REACTIVATED" -> "(case_id, trigger_ref) WHERE trigger_kind = 'REACTIVATED'";
            case "VICTIM_REQUEST" -> "(trigger_ref) WHERE trigger_kind = 'VICTIM_REQUEST'";
            default -> throw new IllegalArgumentException(trigger);
        };
        int n = em.createNativeQuery("INSERT INTO risk.assessment (case_id, case_number, unit_id, kind, status, "
                        + "trigger_kind, trigger_ref, due_at, created_at) VALUES (?1, CAST(?2 AS VARCHAR), ?3, ?4, 'PENDING', ?5, CAST(?6 AS BIGINT), ?7, ?8) "
                        + "ON CONFLICT " + conflict + " DO NOTHING")
                .setParameter(1, caseId).setParameter(2, caseNumber).setParameter(3, unitId)
                .setParameter(4, kind.name()).setParameter(5, trigger).setParameter(6, triggerRef)
                .setParameter(7, java.sql.Timestamp.from(dueAt)).setParameter(8, java.sql.Timestamp.from(now))
                .executeUpdate();
        return n == 1;
    }

    /**
     * Owes the VPR the case's opening owes, under the same unique key as its reaction: called before a first VPR is
     * submitted, in case a fault held that reaction back, so the submission fulfils it and the late reaction finds it
     * there instead of owing a second VPR for an assessed case.
     */
    public void oweOpeningVpr(es.viogen.intake.api.CaseSummary c, Instant now) {
        owe(c.caseId(), c.caseNumber(), c.unitId(), AssessmentKind.VPR, "CASE_OPENED", null,
                c.openedAt() == null ? now : c.openedAt(), now);
    }

    /** The assessment an incident made owed (pending or since submitted). */
    public java.util.Optional<Long> owedForIncident(long caseId, long incidentId) {
        return em.createQuery("SELECT a.id FROM Assessment a WHERE a.caseId = :c AND a.trigger = :t AND a.triggerRef = :r",
                        Long.class).setParameter("c", caseId).setParameter("t", es.viogen.risk.entity.AssessmentTrigger.INCIDENT)
                .setParameter("r", incidentId).getResultStream().findFirst();
    }

    public void persist(Assessment a) {
        em.persist(a);
    }

    /**
     * The pending assessment of the case that a submission of {@code kind} fulfils: the oldest of the same kind, else
     * the oldest of the same family (a VPER fulfils any owed VPER). Two concurrent submissions of the same one fail
     * on its row version.
     */
    public Optional<Assessment> oldestPendingFor(long caseId, AssessmentKind kind) {
        List<Assessment> pending = pendingOf(caseId);
        return pending.stream().filter(a -> a.getKind() == kind).findFirst()
                .or(() -> pending.stream().filter(a -> a.getKind().isVper() && kind.isVper()).findFirst());
    }

    public List<Assessment> pendingOf(long caseId) {
        return em.createQuery("SELECT a FROM Assessment a WHERE a.caseId = :c AND a.status = :s ORDER BY a.dueAt, a.id",
                Assessment.class).setParameter("c", caseId).setParameter("s", AssessmentStatus.PENDING).getResultList();
    }

    public Optional<Assessment> latestSubmitted(long caseId) {
        return em.createQuery("SELECT a FROM Assessment a WHERE a.caseId = :c AND a.status = :s "
                        + "ORDER BY a.judgement.assessedAt DESC, a.id DESC", Assessment.class)
                .setParameter("c", caseId).setParameter("s", AssessmentStatus.SUBMITTED).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public boolean hasSubmitted(long caseId) {
        return latestSubmitted(caseId).isPresent();
    }

    /** Submitted assessments of the case, oldest first. */
    public List<Assessment> history(long caseId) {
        return em.createQuery("SELECT a FROM Assessment a WHERE a.caseId = :c AND a.status = :s "
                        + "ORDER BY a.judgement.assessedAt, a.id", Assessment.class)
                .setParameter("c", caseId).setParameter("s", AssessmentStatus.SUBMITTED).getResultList();
    }

    /** Everything on the case (pending and submitted), for the timeline. */
    public List<Assessment> allOf(long caseId) {
        return em.createQuery("SELECT a FROM Assessment a WHERE a.caseId = :c ORDER BY a.createdAt", Assessment.class)
                .setParameter("c", caseId).getResultList();
    }

    /**
     * Pending assessments the visibility admits, soonest due first, one page: the owing unit ({@code unit_id}) and
     * the case's place ({@link CasePlaces}), as intake scopes its case list.
     */
    @SuppressWarnings("unchecked")
    public List<Assessment> pendingFor(Visibility v, PendingFilter filter, int first, int max) {
        ScopePredicate.Sql f = ScopePredicate.sql(v, CasePlaces.columns("a"));
        PendingFilter.Sql narrowed = filter.sql(Instant.now());
        List<Object> params = new ArrayList<>(f.params());
        params.addAll(narrowed.params());
        params.add(first);
        params.add(max);
        return (List<Assessment>) NativeSql.query(em, "SELECT a.* FROM risk.assessment a " + CasePlaces.JOIN
                + "a.case_id WHERE a.status = 'PENDING' AND " + f.text() + narrowed.text()
                + " ORDER BY a.due_at, a.id OFFSET ? LIMIT ?", Assessment.class, params).getResultList();
    }

    public long countPendingFor(Visibility v, PendingFilter filter) {
        ScopePredicate.Sql f = ScopePredicate.sql(v, CasePlaces.columns("a"));
        PendingFilter.Sql narrowed = filter.sql(Instant.now());
        List<Object> params = new ArrayList<>(f.params());
        params.addAll(narrowed.params());
        return ((Number) NativeSql.query(em, "SELECT COUNT(*) FROM risk.assessment a " + CasePlaces.JOIN
                + "a.case_id WHERE a.status = 'PENDING' AND " + f.text() + narrowed.text(), null, params)
                .getSingleResult()).longValue();
    }

    /** A transfer moves what the case still owes to the new unit. */
    public int reassignPending(long caseId, long toUnitId) {
        List<Assessment> pending = pendingOf(caseId);
        pending.forEach(a -> a.reassignTo(toUnitId));
        return pending.size();
    }
}
