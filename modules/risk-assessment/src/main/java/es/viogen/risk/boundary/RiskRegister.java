package es.viogen.risk.boundary;

import es.viogen.platform.api.Texts;
import es.viogen.risk.api.RiskQueries;
import es.viogen.risk.api.RiskStatus;
import es.viogen.risk.control.AssessmentRepository;
import es.viogen.risk.control.AssessmentView;
import es.viogen.risk.control.AssessmentViews;
import es.viogen.risk.control.InstrumentCatalog;
import es.viogen.risk.entity.Assessment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link RiskQueries} for other modules: a case's latest submitted assessment. */
@ApplicationScoped
public class RiskRegister implements RiskQueries {

    @Inject
    AssessmentRepository repository;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    Texts texts;

    @Inject
    es.viogen.risk.control.CaseRiskStore store;

    @Override
    @Transactional
    public Optional<RiskStatus> current(long caseId) {
        return repository.latestSubmitted(caseId).map(this::status);
    }

    @Override
    @Transactional
    public Optional<java.time.Instant> followUpDue(long caseId) {
        return repository.pendingOf(caseId).stream()
                .filter(a -> a.getTrigger() == es.viogen.risk.entity.AssessmentTrigger.FOLLOW_UP)
                .map(Assessment::getDueAt).filter(java.util.Objects::nonNull).min(java.util.Comparator.naturalOrder());
    }

    private RiskStatus status(Assessment a) {
        boolean spanish = !"en".equals(texts.locale().getLanguage());
        AssessmentView v = AssessmentViews.of(a,
                catalog.instrument(a.getInstrumentCode(), a.getInstrumentVersion()).orElse(null), spanish);
        List<String> explanation = new ArrayList<>();
        v.redFlags().forEach(f -> explanation.add(texts.get("risk.explain.redFlag", f.label(),
                texts.get("riskLevel." + f.minimumLevel().name()))));
        v.drivers().stream().limit(5).forEach(d -> explanation.add(texts.get("risk.explain.driver", d.text(), d.points())));
        if (v.officerLevel() != null) {
            explanation.add(texts.get("risk.explain.officer", texts.get("riskLevel." + v.officerLevel().name())));
        }
        if (v.lowConfidence()) {
            explanation.add(texts.get("risk.result.lowConfidence"));
        }
        // the level in force and the lasting flags (a drop awaiting approval keeps the level; flags stay until lifted)
        var risk = store.find(a.getCaseId());
        if (risk.isPresent() && risk.get().getLevel() != a.getFinalLevel()) {
            explanation.add(0, texts.get("risk.result.heldBack", texts.get("riskLevel." + a.getFinalLevel().name()),
                    texts.get("riskLevel." + risk.get().getLevel().name())));
        }
        return new RiskStatus(a.getCaseId(), a.getId(), a.getInstrumentCode() + "/" + a.getInstrumentVersion(),
                risk.map(r -> r.getLevel()).orElse(a.getFinalLevel()), a.getComputedLevel(),
                risk.map(r -> r.isEspecialRelevancia()).orElse(a.isEspecialRelevancia()),
                risk.map(r -> r.isMinorsAtRisk()).orElse(a.isMinorsAtRisk()),
                risk.map(r -> r.isMinorsVulnerable()).orElse(a.isMinorsVulnerable()), a.getAssessedAt(), explanation);
    }
}
