package es.viogen.risk.boundary;

import es.viogen.intake.api.CaseQueries;
import es.viogen.intake.api.CaseStatus;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.CaseGlance;
import es.viogen.platform.api.Countdown;
import es.viogen.platform.api.GlanceItem;
import es.viogen.platform.api.Texts;
import es.viogen.platform.api.RiskLevel;
import es.viogen.risk.control.AssessmentRepository;
import es.viogen.risk.control.CaseRiskStore;
import es.viogen.risk.entity.Assessment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Risk's part of the head of the case page: the level (final, and the computed one when the officer changed it), the
 * assessment the case owes with its countdown, a lowering awaiting the supervisor, and the actions "Valorar" (officers,
 * open cases) and "Evolución del riesgo".
 */
@ApplicationScoped
public class RiskGlance implements CaseGlance {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Madrid"));

    @Inject
    AssessmentRepository repository;

    @Inject
    CaseRiskStore store;

    @Inject
    CaseQueries cases;

    @Inject
    AccessScope scope;

    @Inject
    Texts texts;

    @Override
    @Transactional
    public List<GlanceItem> glanceOf(long caseId) {
        Instant now = Instant.now();
        List<GlanceItem> out = new ArrayList<>();
        var latest = repository.latestSubmitted(caseId);
        if (latest.isPresent()) {
            Assessment a = latest.get();
            String level = texts.get("riskLevel." + a.getFinalLevel().name());
            String text = a.getFinalLevel() == a.getComputedLevel() ? level
                    : texts.get("risk.glance.levelChanged", level, texts.get("riskLevel." + a.getComputedLevel().name()));
            out.add(GlanceItem.fact(10, "risk-level", texts.get("risk.glance.level"), text,
                    a.getFinalLevel().compareTo(RiskLevel.ALTO) >= 0, "/risk/result.xhtml?id=" + a.getId()));
        } else {
            out.add(GlanceItem.fact(10, "risk-level", texts.get("risk.glance.level"), texts.get("risk.glance.notAssessed"),
                    true, null));
        }
        List<Assessment> pending = repository.pendingOf(caseId);
        if (!pending.isEmpty()) {
            Assessment p = pending.get(0);
            out.add(GlanceItem.fact(20, "risk-pending", texts.get("risk.glance.pending"),
                    texts.get("risk.glance.pendingText", texts.get("risk.kind." + p.getKind().name()),
                            DUE.format(p.getDueAt()), Countdown.of(p.getDueAt(), now, texts)),
                    Countdown.overdue(p.getDueAt(), now), "/risk/assess.xhtml?case=" + caseId));
        }
        store.pendingDrop(caseId).ifPresent(d -> out.add(GlanceItem.fact(30, "risk-drop", texts.get("risk.glance.drop"),
                texts.get("risk.glance.dropText", texts.get("riskLevel." + d.getFromLevel().name()),
                        texts.get("riskLevel." + d.getToLevel().name())), true, "/risk/level-drops.xhtml")));
        Actor actor = scope.actor();
        boolean open = cases.find(caseId).map(c -> c.status() != CaseStatus.INACTIVE).orElse(false);
        if (actor.role() != null && actor.role().isOfficer() && open) {
            out.add(GlanceItem.action(10, "assess", texts.get("risk.glance.assess"), "/risk/assess.xhtml?case=" + caseId));
        }
        out.add(GlanceItem.action(20, "risk-history", texts.get("risk.glance.history"), "/risk/history.xhtml?case=" + caseId));
        return out;
    }
}
