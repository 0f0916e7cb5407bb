package es.viogen.municipal.api;

import es.viogen.platform.api.MonthlyCount;

import java.time.YearMonth;
import java.util.List;

/**
 * Local police integration for the monthly statistics: per province, the programme's towns and those integrated at
 * each month's end (from the adhesions' dated transitions). No access check: counts only.
 */
public interface IntegrationStatistics {

    /** Metric LOCAL_POLICE, dimensions PROGRAMME and INTEGRATED. */
    List<MonthlyCount> localPolice(List<YearMonth> months);
}
