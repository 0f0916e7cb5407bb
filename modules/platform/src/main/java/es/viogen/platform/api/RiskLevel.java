package es.viogen.platform.api;

/**
 * The five risk levels of VioGén, lowest first. Shown in Spanish as "no apreciado", "bajo", "medio", "alto",
 * "extremo" (bundle keys {@code riskLevel.<NAME>}). A shared value type: every module speaks of levels.
 */
public enum RiskLevel {
    NO_APRECIADO, BAJO, MEDIO, ALTO, EXTREMO;

    public boolean isAtLeast(RiskLevel other) {
        return compareTo(other) >= 0;
    }

    public static RiskLevel max(RiskLevel a, RiskLevel b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }
}
