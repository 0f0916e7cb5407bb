package es.viogen.risk.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Risk's own record of what followed each assessment ({@code risk.assessment_outcome}). One statement per event, set
 * based: every submitted assessment of the case that was made before the event and within the longest window
 * ({@value #LONGEST_WINDOW_DAYS} days) gets the outcome, the earliest time kept. Running it again changes nothing.
 */
@ApplicationScoped
public class OutcomeRecords {

    public static final int LONGEST_WINDOW_DAYS = 180;

    @PersistenceContext(unitName = "risk")
    EntityManager em;

    /** @return how many assessments this event was an outcome of (0 if none was within the window). */
    public int record(long caseId, OutcomeKind kind, Instant occurredAt) {
        return em.createNativeQuery(SQL)
                .setParameter(1, kind.name())
                .setParameter(2, Timestamp.from(occurredAt))
                .setParameter(3, caseId)
                .executeUpdate();
    }

    static final String SQL = "INSERT INTO risk.assessment_outcome (assessment_id, kind, first_at, days_after) "
            + "SELECT a.id, ?1, x.at, floor(extract(epoch FROM (x.at - a.assessed_at)) / 86400)::int "
            + "FROM risk.assessment a CROSS JOIN (SELECT CAST(?2 AS TIMESTAMPTZ) AS at) x "
            + "WHERE a.case_id = ?3 AND a.status = 'SUBMITTED' AND a.assessed_at <= x.at "
            + "AND x.at < a.assessed_at + INTERVAL '" + LONGEST_WINDOW_DAYS + " days' "
            + "ON CONFLICT (assessment_id, kind) DO UPDATE SET first_at = EXCLUDED.first_at, "
            + "days_after = EXCLUDED.days_after WHERE EXCLUDED.first_at < risk.assessment_outcome.first_at";
}
