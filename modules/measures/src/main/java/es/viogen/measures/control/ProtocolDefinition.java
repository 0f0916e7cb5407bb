package es.viogen.measures.control;

import es.viogen.platform.api.RiskLevel;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One protocol version as read from its resource file: the re-assessment periods per level, the catalogue of police
 * protection measures and the personal safety plan items.
 */
public record ProtocolDefinition(String code, String title, LocalDate effectiveFrom, int dueSoonHours,
                                 int orderNoticeDays, Map<RiskLevel, ReassessmentPeriod> reassessment,
                                 List<MeasureDefinition> measures, List<SafetyItemDefinition> safetyPlan) {

    public ProtocolDefinition {
        reassessment = new EnumMap<>(reassessment);
        measures = List.copyOf(measures);
        safetyPlan = List.copyOf(safetyPlan);
    }

    /** A level's maximum interval between assessments and the grace before an overdue one escalates. */
    public record ReassessmentPeriod(Duration maxInterval, Duration grace) {
    }

    /** A catalogue item: from which level it applies (and every level above), mandatory or not, how often. */
    public record MeasureDefinition(String code, RiskLevel minLevel, MeasureKind kind, Integer frequencyHours,
                                    String name) {
        public String nameKey() {
            return "measure." + code;
        }
    }

    public record SafetyItemDefinition(String code, String name) {
        public String nameKey() {
            return "safetyPlan." + code;
        }
    }
}
