package es.viogen.risk.api;

import es.viogen.intake.api.CaseStatistics.ActiveSet;
import es.viogen.platform.api.MonthlyCount;

import java.time.YearMonth;
import java.util.List;

/**
 * The risk figures of the monthly statistics, from the assessment history: the level in force at a month's end (the
 * last assessment submitted before it) of the cases active then, and the assessments done and overdue in each month.
 * No access check and no audit row: counts only, for the statistics module's snapshot job.
 */
public interface RiskStatistics {

    /**
     * Metrics by level (dimension: the level, {@code NONE} when not assessed yet): ACTIVE_BY_LEVEL,
     * ESPECIAL_RELEVANCIA, MINORS_AT_RISK, MINORS_VULNERABLE; places as the active set gives them.
     */
    List<MonthlyCount> levelsAt(YearMonth month, ActiveSet active);

    /** ASSESSMENTS_DONE (dimension VPR / VPER) in each month; ASSESSMENTS_OVERDUE (TOTAL) at each month's end. */
    List<MonthlyCount> assessments(List<YearMonth> months);
}
