package es.viogen.statistics.control;

import java.util.List;

/**
 * The published figures of the monthly statistics, in the order they are shown and exported, after the Ministry of
 * the Interior's monthly VioGén release ("Estadística mensual del Sistema VioGén", Secretaría de Estado de
 * Seguridad; its categories as reported in the press, domain reference §1.9): active cases by risk level, with
 * especial relevancia by level, with minors at risk and in a vulnerable situation by level, victims by age band and by
 * nationality, by autonomous community and province; plus what the brief adds (new cases, inactivations and
 * reactivations in the month, assessments done and overdue, local police integration).
 */
public record Figure(String metric, String dimension) {

    public static final List<String> LEVELS = List.of("EXTREMO", "ALTO", "MEDIO", "BAJO", "NO_APRECIADO", "NONE");

    public static final List<Figure> ALL;

    static {
        List<Figure> all = new java.util.ArrayList<>();
        all.add(new Figure("ACTIVE_CASES", "TOTAL"));
        LEVELS.forEach(l -> all.add(new Figure("ACTIVE_BY_LEVEL", l)));
        for (String m : List.of("ESPECIAL_RELEVANCIA", "MINORS_AT_RISK", "MINORS_VULNERABLE")) {
            all.add(new Figure(m, "TOTAL"));
            LEVELS.stream().filter(l -> !"NONE".equals(l)).forEach(l -> all.add(new Figure(m, l)));
        }
        all.add(new Figure("NEW_CASES", "TOTAL"));
        all.add(new Figure("INACTIVATIONS", "TOTAL"));
        all.add(new Figure("REACTIVATIONS", "TOTAL"));
        List.of("MENOS_18", "18_30", "31_45", "46_64", "65_MAS", "DESCONOCIDA").forEach(b -> all.add(new Figure("VICTIMS_AGE", b)));
        List.of("ESPANOLA", "EXTRANJERA", "DESCONOCIDA").forEach(n -> all.add(new Figure("VICTIMS_NATIONALITY", n)));
        all.add(new Figure("ASSESSMENTS_DONE", "VPR"));
        all.add(new Figure("ASSESSMENTS_DONE", "VPER"));
        all.add(new Figure("ASSESSMENTS_OVERDUE", "TOTAL"));
        all.add(new Figure("LOCAL_POLICE", "PROGRAMME"));
        all.add(new Figure("LOCAL_POLICE", "INTEGRATED"));
        ALL = List.copyOf(all);
    }

    /** The key of the cell map and of the bundles: {@code METRIC.DIMENSION}. */
    public String key() {
        return metric + "." + dimension;
    }

    /** Totals ({@code TOTAL}) of the per-level metrics are the sum of their levels, not stored cells. */
    public boolean derivedTotal() {
        return "TOTAL".equals(dimension) && List.of("ESPECIAL_RELEVANCIA", "MINORS_AT_RISK", "MINORS_VULNERABLE").contains(metric);
    }

    /**
     * Statistical disclosure control for what leaves the system (exports, partners): a count of 1 to 4 is not
     * given (Interior and INE suppress small cells so a person cannot be recognised); 0 and 5 or more are.
     */
    public static boolean suppressed(long value) {
        return value > 0 && value < 5;
    }
}
