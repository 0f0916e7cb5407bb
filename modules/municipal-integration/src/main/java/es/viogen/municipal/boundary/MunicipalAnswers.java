package es.viogen.municipal.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * The JSON answers of the municipal REST resources, as JSON-B records (so the contract has their schemas). Absent
 * values ({@code null}) are left out of the JSON, as partners have always received them.
 */
public final class MunicipalAnswers {

    private MunicipalAnswers() {
    }

    /** Coverage of a region (with {@code provinces}) or of a province: integrated ÷ programme towns and the target. */
    public record CoverageReport(String regionCode, String regionName, String provinceCode, String provinceName,
                                 int programme, int integrated, double percentage, List<PendingTown> pending,
                                 CoverageTarget target, List<CoverageReport> provinces) {
    }

    /** A programme town not yet integrated. */
    public record PendingTown(String ineCode, String name, String provinceCode, String provinceName, int population,
                              String status) {
    }

    /** Progress towards the programme's target date. */
    public record CoverageTarget(LocalDate date, int remaining, long monthsLeft, double neededPerMonth, boolean reached,
                                 boolean deadlinePassed) {
    }

    /** A 24-hour crisis centre and its services. */
    public record CrisisCentreEntry(long id, String code, String name, String ineCode, String regionCode,
                                    String provinceCode, boolean open24h, boolean completeBasicPortfolio,
                                    List<CentreServiceEntry> services, String hours, String address, String phone) {
    }

    /** A service of a crisis centre; {@code basic} marks the common portfolio. */
    public record CentreServiceEntry(String code, String name, boolean basic, String hours) {
    }

    /** A municipality of the INE registry with its programme membership, eligibility and adhesion. */
    public record MunicipalityEntry(String ineCode, String name, String provinceCode, String provinceName,
                                    String regionCode, String regionName, int population, int populationYear,
                                    boolean hasLocalPolice, boolean eligible, boolean programme, String adhesionStatus,
                                    boolean integrated, Double lat, Double lon) {
    }

    /** A town's adhesion after a transition. */
    public record AdhesionState(String ineCode, String status) {
    }
}
