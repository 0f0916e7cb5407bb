package es.viogen.municipal.control;

/**
 * The programme's rule: a municipality is eligible for VioGén adhesion when it has over 5,000 inhabitants and a local
 * police force. Compared with the region's explicit programme list, it gives the discrepancies to review.
 */
public final class Eligibility {

    public static final int POPULATION_THRESHOLD = 5000;

    /** Why the computed rule and the programme list disagree about a municipality. */
    public enum Discrepancy {
        /** In the programme, but 5,000 inhabitants or fewer. */
        IN_PROGRAMME_UNDER_THRESHOLD,
        /** In the programme, but no local police recorded. */
        IN_PROGRAMME_NO_LOCAL_POLICE,
        /** Eligible by the rule, but not in the programme list. */
        ELIGIBLE_NOT_IN_PROGRAMME,
        /** Eligible by the rule, but explicitly excluded (with a reason). */
        ELIGIBLE_EXCLUDED
    }

    private Eligibility() {
    }

    public static boolean eligible(int population, boolean hasLocalPolice) {
        return population > POPULATION_THRESHOLD && hasLocalPolice;
    }

    /**
     * @param programme TRUE included, FALSE explicitly excluded, null not on the list
     * @return the discrepancy, or null when rule and list agree
     */
    public static Discrepancy compare(int population, boolean hasLocalPolice, Boolean programme) {
        boolean eligible = eligible(population, hasLocalPolice);
        if (Boolean.TRUE.equals(programme)) {
            if (population <= POPULATION_THRESHOLD) {
                return Discrepancy.IN_PROGRAMME_UNDER_THRESHOLD;
            }
            return hasLocalPolice ? null : Discrepancy.IN_PROGRAMME_NO_LOCAL_POLICE;
        }
        if (!eligible) {
            return null;
        }
        return programme == null ? Discrepancy.ELIGIBLE_NOT_IN_PROGRAMME : Discrepancy.ELIGIBLE_EXCLUDED;
    }
}
