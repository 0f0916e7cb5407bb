package es.viogen.risk.control;

import es.viogen.platform.api.NativeSql;
import es.viogen.platform.api.ScopePredicate;
import es.viogen.platform.api.Visibility;
import es.viogen.risk.entity.CaseFlag;
import es.viogen.risk.entity.CaseRisk;
import es.viogen.risk.entity.LevelDrop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The risk in force on cases, their lasting facts and flags, level drops and the victim's review requests. */
@ApplicationScoped
public class CaseRiskStore {

    @PersistenceContext(unitName = "risk")
    EntityManager em;

    /** The case's risk in force, locked for the rest of the transaction (null before its first assessment). */
    public CaseRisk lock(long caseId) {
        return em.find(CaseRisk.class, caseId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<CaseRisk> find(long caseId) {
        return Optional.ofNullable(em.find(CaseRisk.class, caseId));
    }

    public void persist(Object o) {
        em.persist(o);
    }

    /** The facts established on the case: fact code to the assessment that established it. */
    public Map<String, Long> facts(long caseId) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT fact, assessment_id FROM risk.case_fact WHERE case_id = ?1 "
                + "ORDER BY established_at, fact").setParameter(1, caseId).getResultList())) {
            m.put((String) r[0], ((Number) r[1]).longValue());
        }
        return m;
    }

    /** Establishes facts for good (the first assessment that answered them "Sí" stays their source). */
    public void establish(long caseId, Collection<String> facts, long assessmentId, Instant at) {
        for (String f : facts) {
            em.createNativeQuery("INSERT INTO risk.case_fact (case_id, fact, assessment_id, established_at) "
                            + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (case_id, fact) DO NOTHING")
                    .setParameter(1, caseId).setParameter(2, f).setParameter(3, assessmentId)
                    .setParameter(4, Timestamp.from(at)).executeUpdate();
        }
    }

    public Optional<LevelDrop> pendingDrop(long caseId) {
        return em.createQuery("SELECT d FROM LevelDrop d WHERE d.caseId = :c AND d.status = :s", LevelDrop.class)
                .setParameter("c", caseId).setParameter("s", LevelDrop.Status.PENDING).getResultStream().findFirst();
    }

    public Optional<LevelDrop> drop(long id) {
        return Optional.ofNullable(em.find(LevelDrop.class, id));
    }

    public LevelDrop lockDrop(long id) {
        return em.find(LevelDrop.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<LevelDrop> dropsOf(long caseId) {
        return em.createQuery("SELECT d FROM LevelDrop d WHERE d.caseId = :c ORDER BY d.proposedAt DESC, d.id DESC",
                LevelDrop.class).setParameter("c", caseId).getResultList();
    }

    /** Pending proposals of the given units (null = every unit), oldest first. */
    /** Proposed drops awaiting a decision that the visibility admits (the case's unit and place), oldest first. */
    @SuppressWarnings("unchecked")
    public List<LevelDrop> pendingDrops(Visibility v) {
        ScopePredicate.Sql f = ScopePredicate.sql(v, CasePlaces.columns("d"));
        return (List<LevelDrop>) NativeSql.query(em, "SELECT d.* FROM risk.level_drop d " + CasePlaces.JOIN
                + "d.case_id WHERE d.status = 'PENDING' AND " + f.text() + " ORDER BY d.proposed_at, d.id LIMIT 500",
                LevelDrop.class, f.params()).getResultList();
    }

    public void recordFlagChange(long caseId, CaseFlag flag, boolean lifted, String reason, String by, Instant at) {
        em.createNativeQuery("INSERT INTO risk.flag_change (case_id, flag, lifted, reason, changed_by, changed_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, caseId).setParameter(2, flag.name()).setParameter(3, lifted).setParameter(4, reason)
                .setParameter(5, by).setParameter(6, Timestamp.from(at)).executeUpdate();
    }

    /** A flag change: what, lifted or set, why, who, when. */
    public record FlagChange(String flag, boolean lifted, String reason, String by, Instant at)
            implements java.io.Serializable {
    }

    public List<FlagChange> flagChanges(long caseId) {
        List<FlagChange> out = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT flag, lifted, reason, changed_by, changed_at FROM "
                + "risk.flag_change WHERE case_id = ?1 ORDER BY changed_at, id").setParameter(1, caseId).getResultList())) {
            out.add(new FlagChange((String) r[0], (Boolean) r[1], (String) r[2], (String) r[3], instant(r[4])));
        }
        return out;
    }

    /** The victim's request for a review. */
    public record ReviewRequest(long id, long caseId, LocalDate requestedOn, String channel, String whatChanged,
                                String recordedBy, Instant recordedAt) implements java.io.Serializable {
    }

    public long recordReviewRequest(long caseId, LocalDate on, String channel, String whatChanged, String by,
                                    Instant at) {
        Object id = em.createNativeQuery("INSERT INTO risk.review_request (case_id, requested_on, channel, "
                        + "what_changed, recorded_by, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id")
                .setParameter(1, caseId).setParameter(2, java.sql.Date.valueOf(on)).setParameter(3, channel)
                .setParameter(4, whatChanged).setParameter(5, by).setParameter(6, Timestamp.from(at))
                .getSingleResult();
        return ((Number) id).longValue();
    }

    public List<ReviewRequest> reviewRequests(long caseId) {
        List<ReviewRequest> out = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT id, case_id, requested_on, channel, what_changed, "
                + "recorded_by, recorded_at FROM risk.review_request WHERE case_id = ?1 ORDER BY recorded_at, id")
                .setParameter(1, caseId).getResultList())) {
            LocalDate on = r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2];
            out.add(new ReviewRequest(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), on, (String) r[3],
                    (String) r[4], (String) r[5], instant(r[6])));
        }
        return out;
    }

    private static Instant instant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> raw) {
        return (List<Object[]>) raw;
    }
}
