package es.viogen.measures.boundary;

import es.viogen.measures.control.PlanKeeper;
import es.viogen.measures.entity.FollowedCase;
import es.viogen.platform.api.CaseGlance;
import es.viogen.platform.api.Countdown;
import es.viogen.platform.api.GlanceItem;
import es.viogen.platform.api.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures' part of the head of the case page: the next re-assessment the level's deadline brings, with its
 * countdown; the measures in force and how many are overdue; and the action "Plan de protección".
 */
@ApplicationScoped
public class MeasuresGlance implements CaseGlance {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Madrid"));

    @Inject
    PlanKeeper plans;

    @Inject
    Texts texts;

    @PersistenceContext(unitName = "measures")
    EntityManager em;

    @Override
    @Transactional
    public List<GlanceItem> glanceOf(long caseId) {
        Instant now = Instant.now();
        String plan = "/follow-up/plan.xhtml?case=" + caseId;
        List<GlanceItem> out = new ArrayList<>();
        Optional<FollowedCase> followed = plans.find(caseId);
        followed.filter(c -> !"INACTIVE".equals(c.getStatus())).map(FollowedCase::getReassessmentDue).ifPresent(due -> out.add(GlanceItem.fact(25, "reassessment",
                texts.get("glance.reassessment"), texts.get("glance.reassessmentText", DUE.format(due),
                        Countdown.of(due, now, texts)), Countdown.overdue(due, now), plan)));
        if (followed.isPresent()) {
            Object[] counts = (Object[]) em.createNativeQuery("SELECT COUNT(*), "
                            + "COUNT(*) FILTER (WHERE next_due_at < ?2) FROM measures.plan_measure "
                            + "WHERE case_id = ?1 AND withdrawn_at IS NULL")
                    .setParameter(1, caseId).setParameter(2, java.sql.Timestamp.from(now)).getSingleResult();
            long inForce = ((Number) counts[0]).longValue();
            long overdue = ((Number) counts[1]).longValue();
            out.add(GlanceItem.fact(40, "measures", texts.get("glance.measures"), overdue == 0
                    ? texts.get("glance.measuresText", inForce)
                    : texts.get("glance.measuresOverdue", inForce, overdue), overdue > 0, plan));
        }
        out.add(GlanceItem.action(15, "plan", texts.get("glance.plan"), plan));
        return out;
    }
}
