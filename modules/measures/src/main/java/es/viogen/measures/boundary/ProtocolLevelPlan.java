package es.viogen.measures.boundary;

import es.viogen.measures.control.Protocol;
import es.viogen.measures.control.ProtocolDefinition;
import es.viogen.measures.control.ProtocolStore;
import es.viogen.measures.control.DuePass;
import es.viogen.platform.api.LevelPlan;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** What a level brings under the protocol in force today: its measures and its re-assessment deadline. */
@ApplicationScoped
public class ProtocolLevelPlan implements LevelPlan {

    @Inject
    ProtocolStore protocols;

    @Inject
    Texts texts;

    @Override
    @Transactional
    public List<String> measuresFor(RiskLevel level) {
        return es.viogen.measures.control.PlanRules.measuresFor(today().definitions(), level).stream()
                .sorted(Comparator.comparing((ProtocolDefinition.MeasureDefinition m) -> m.kind() != es.viogen.measures.control.MeasureKind.MANDATORY))
                .map(m -> texts.get(m.nameKey())).toList();
    }

    @Override
    @Transactional
    public String reassessmentWithin(RiskLevel level) {
        ProtocolDefinition.ReassessmentPeriod p = today().periods().get(level);
        if (p == null) {
            return "";
        }
        Duration d = p.maxInterval();
        return d.toHours() % 24 == 0 && d.toHours() > 72 ? texts.get("countdown.days", d.toDays())
                : texts.get("countdown.hours", d.toHours());
    }

    private Protocol today() {
        return protocols.inForce(LocalDate.now(DuePass.MADRID));
    }
}
