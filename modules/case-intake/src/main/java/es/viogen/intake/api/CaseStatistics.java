package es.viogen.intake.api;

import es.viogen.platform.api.MonthlyCount;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The case figures of the monthly statistics, rebuilt from each case's history (opening, inactivations,
 * reactivations), never from today's status: for each month, the cases active at its end (with their victims by age
 * band and nationality group) and the cases opened, inactivated and reactivated in it. Month ends are midnight in
 * Europe/Madrid. No access check and no audit row: counts only, for the statistics module's snapshot job.
 */
public interface CaseStatistics {

    /** The cases active at a month's end: ids and, in the same order, places ({@code region-province}, {@code -}). */
    record ActiveSet(String caseIds, String places) {
        public int size() {
            return caseIds.isEmpty() ? 0 : (int) caseIds.chars().filter(ch -> ch == ',').count() + 1;
        }
    }

    record Figures(List<MonthlyCount> counts, Map<YearMonth, ActiveSet> active) {
    }

    /** Metrics: ACTIVE_CASES/TOTAL, NEW_CASES, INACTIVATIONS, REACTIVATIONS (TOTAL), VICTIMS_AGE, VICTIMS_NATIONALITY. */
    Figures monthEnds(List<YearMonth> months);
}
