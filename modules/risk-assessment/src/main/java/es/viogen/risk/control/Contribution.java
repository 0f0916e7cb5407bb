package es.viogen.risk.control;

/** What one indicator's answer added: {@code points} to the score and {@code hPoints} to the H-scale. */
public record Contribution(String indicatorCode, String factorCode, Answer answer, int points, int hPoints) {
}
