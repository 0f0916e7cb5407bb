package es.viogen.risk.control;

/**
 * One scored question of an instrument.
 *
 * @param weight points a "Sí" adds to the score (never negative: a "Sí" can only raise the risk)
 */
public record Indicator(String code, int number, String textEs, String textEn, int weight) {

    public String text(boolean spanish) {
        return spanish || textEn == null ? textEs : textEn;
    }
}
