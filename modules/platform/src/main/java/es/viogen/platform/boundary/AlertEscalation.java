package es.viogen.platform.boundary;

import es.viogen.platform.control.EscalationSchedule;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Escalates critical alerts nobody acknowledged, on the schedule of {@code viogen.alerts.escalation} (protocol data,
 * default {@value EscalationSchedule#DEFAULT}): each step re-raises the alert, with its text and link, to the
 * supervisors ({@code UNIT_SUPERVISOR}) of the alert's unit, then to the regional coordination unit whose territory
 * holds that unit, until someone acknowledges the alert or one of its copies. A pass claims a batch of open alerts
 * with {@code FOR UPDATE SKIP LOCKED} (instances share the work), each copy has a dedup key naming the alert, the
 * stage and the recipient, and the alert records the stage reached: each step happens exactly once.
 */
@ApplicationScoped
public class AlertEscalation {

    private static final Logger LOG = Logger.getLogger(AlertEscalation.class.getName());
    static final int BATCH = 500;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "viogen.alerts.escalation", defaultValue = EscalationSchedule.DEFAULT)
    String scheduleText;

    private EscalationSchedule schedule;

    @PostConstruct
    void init() {
        schedule = EscalationSchedule.parse(scheduleText);
    }

    public EscalationSchedule schedule() {
        return schedule;
    }

    /**
     * One batch of escalations as of {@code now} (the scheduler passes the clock; tests pass a later one).
     *
     * @return the number of escalated copies raised
     */
    @Transactional
    public int run(Instant now) {
        if (schedule.steps().isEmpty()) {
            return 0;
        }
        Duration first = schedule.steps().get(0).after();
        @SuppressWarnings("unchecked")
        List<Object[]> open = em.createNativeQuery("SELECT a.id, a.escalation_stage, a.raised_at FROM platform.alert a "
                        + "WHERE a.severity = 'CRITICAL' AND a.acknowledged_at IS NULL AND a.escalation_of IS NULL "
                        + "AND a.escalation_stage < ?1 AND a.raised_at <= ?2 "
                        + "AND NOT EXISTS (SELECT 1 FROM platform.alert c WHERE c.escalation_of = a.id AND c.acknowledged_at IS NOT NULL) "
                        + "ORDER BY a.raised_at LIMIT " + BATCH + " FOR UPDATE OF a SKIP LOCKED")
                .setParameter(1, schedule.steps().size())
                .setParameter(2, Timestamp.from(now.minus(first)))
                .getResultList();
        int raised = 0;
        for (Object[] r : open) {
            long id = ((Number) r[0]).longValue();
            int stage = ((Number) r[1]).intValue();
            Instant raisedAt = r[2] instanceof Timestamp t ? t.toInstant()
                    : r[2] instanceof java.time.OffsetDateTime o ? o.toInstant() : Instant.parse(r[2].toString());
            List<EscalationSchedule.Step> due = schedule.due(stage, Duration.between(raisedAt, now));
            for (EscalationSchedule.Step step : due) {
                raised += step.target() == EscalationSchedule.Target.UNIT_SUPERVISOR
                        ? toSupervisors(id, step.stage()) : toRegionalUnit(id, step.stage());
                stage = step.stage();
            }
            if (!due.isEmpty()) {
                em.createNativeQuery("UPDATE platform.alert SET escalation_stage = ?1, version = version + 1 WHERE id = ?2")
                        .setParameter(1, stage).setParameter(2, id).executeUpdate();
            }
        }
        if (raised > 0) {
            int n = raised;
            LOG.info(() -> "Alert escalation: " + n + " escalated alerts raised");
        }
        return raised;
    }

    /** A copy for each active supervisor of the unit, addressed to that person. */
    private int toSupervisors(long alertId, int stage) {
        return em.createNativeQuery(copySql("u.unit_id", "u.username", "platform.alert a JOIN platform.user_account u "
                        + "ON u.unit_id = a.unit_id WHERE a.id = ?1 AND u.role = 'UNIT_SUPERVISOR' AND u.active",
                        "':user:' || u.username", stage))
                .setParameter(1, alertId).executeUpdate();
    }

    /** A copy for the regional coordination unit(s) whose territory holds the alert's unit (not the unit itself). */
    private int toRegionalUnit(long alertId, int stage) {
        return em.createNativeQuery(copySql("r.id", "NULL", "platform.alert a JOIN platform.unit o ON o.id = a.unit_id "
                        + "CROSS JOIN platform.unit r WHERE a.id = ?1 AND r.kind = 'REGIONAL_COORDINATION' AND r.active AND r.id <> o.id "
                        + "AND (r.region_code IS NULL OR r.region_code = o.region_code) "
                        + "AND (r.province_code IS NULL OR r.province_code = o.province_code) "
                        + "AND (r.municipality_code IS NULL OR r.municipality_code = o.municipality_code)", "':unit:' || r.id", stage))
                .setParameter(1, alertId).executeUpdate();
    }

    private static String copySql(String unit, String user, String from, String recipientKey, int stage) {
        return "INSERT INTO platform.alert (unit_id, username, type, severity, record_type, record_id, link, message_key, "
                + "message_args, dedup_key, raised_at, escalation_of, escalation_stage) "
                + "SELECT " + unit + ", " + user + ", a.type, 'CRITICAL', a.record_type, a.record_id, a.link, a.message_key, "
                + "a.message_args, 'ESCALATED:alert:' || a.id || ':stage:" + stage + "' || " + recipientKey + ", now(), a.id, "
                + stage + " "
                + "FROM " + from + " ON CONFLICT (dedup_key) DO NOTHING";
    }
}
