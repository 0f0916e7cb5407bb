package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.PdfReport;
import es.viogen.platform.api.PdfReport.Style;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;

/**
 * The printable risk report for the court: level (final and computed, kept apart), flags, the explanation, the date
 * and the assessor's unit. No answers about her private life beyond the indicator texts that weighed.
 */
public final class RiskReportPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Madrid"));

    private RiskReportPdf() {
    }

    /** @param t resolves a bundle key with arguments (in the reader's locale) */
    public static byte[] write(AssessmentView v, BiFunction<String, Object[], String> t) {
        return write(v, t, java.util.List.of());
    }

    /**
     * @param modelCard the instrument version's model card as lines, label first (purpose, weights, figures measured
     *                  here, limits, how to override); printed after the explanation, none if empty
     */
    public static byte[] write(AssessmentView v, BiFunction<String, Object[], String> t, java.util.List<String> modelCard) {
        String title = t.apply("risk.report.title", new Object[0]);
        PdfReport pdf = new PdfReport(title);
        pdf.text(title, Style.BOLD, 16).space(6);
        pdf.text(t.apply("risk.report.case", new Object[]{nz(v.caseNumber()), String.valueOf(v.caseId())}), Style.REGULAR, 10);
        pdf.text(t.apply("risk.report.instrument", new Object[]{v.instrumentTitle(),
                v.instrumentCode() + " " + v.instrumentVersion()}), Style.REGULAR, 10);
        pdf.text(t.apply("risk.report.when", new Object[]{v.assessedAt() == null ? "—" : WHEN.format(v.assessedAt()),
                nz(v.assessorUnitName())}), Style.REGULAR, 10).space(8);

        pdf.text(label(t, "risk.result.finalLevel") + ": " + level(t, v.level()).toUpperCase(), Style.BOLD, 14).space(4);
        line(pdf, label(t, "risk.result.computedLevel"), level(t, v.computedLevel()));
        line(pdf, label(t, "risk.result.score"), v.score() + " / " + v.maxScore());
        if (v.redFlagMinimum() != null) {
            line(pdf, label(t, "risk.result.redFlagMinimum"), level(t, v.redFlagMinimum()));
        }
        line(pdf, label(t, "risk.result.victimPerception"), v.victimPerceptionAsked()
                ? level(t, v.victimPerceivedLevel()) : label(t, "risk.result.victimNotAsked"));
        if (v.officerLevel() != null) {
            line(pdf, label(t, "risk.result.officerLevel"), level(t, v.officerLevel()) + " — " + nz(v.overrideReason()));
        }
        line(pdf, label(t, "risk.result.especialRelevancia"), yesNo(t, v.especialRelevancia())
                + " (H " + v.hScore() + " / " + v.hThreshold() + ")");
        line(pdf, label(t, "risk.result.minorsAtRisk"), yesNo(t, v.minorsAtRisk()));
        line(pdf, label(t, "risk.result.minorsVulnerable"), yesNo(t, v.minorsVulnerable()));
        line(pdf, label(t, "risk.result.confidence"), v.confidencePercent() + " %"
                + (v.lowConfidence() ? " — " + label(t, "risk.result.lowConfidence") : ""));
        pdf.space(8).text(label(t, "risk.why.title"), Style.BOLD, 12).space(2);
        if (!v.redFlags().isEmpty()) {
            pdf.text(label(t, "risk.why.redFlags"), Style.BOLD, 10);
            for (AssessmentView.Flag f : v.redFlags()) {
                pdf.text("  • " + f.label() + " → " + level(t, f.minimumLevel()), Style.REGULAR, 10);
            }
        }
        pdf.text(label(t, "risk.why.drivers"), Style.BOLD, 10);
        if (v.drivers().isEmpty()) {
            pdf.text("  " + label(t, "risk.why.noDrivers"), Style.REGULAR, 10);
        }
        for (AssessmentView.Driver d : v.drivers()) {
            pdf.text("  • " + d.text() + " (+" + d.points() + ")", Style.REGULAR, 10);
        }
        if (!v.whatWouldChange().isEmpty()) {
            pdf.text(label(t, "risk.why.changes"), Style.BOLD, 10);
            for (AssessmentView.Change c : v.whatWouldChange()) {
                pdf.text("  • " + c.text() + " → " + level(t, c.level()), Style.REGULAR, 10);
            }
        }
        if (!modelCard.isEmpty()) {
            pdf.space(8).text(label(t, "risk.card.title"), Style.BOLD, 12).space(2);
            for (String line : modelCard) {
                pdf.text(line, Style.REGULAR, 9);
            }
        }
        pdf.space(10).text(nz(v.notice()), Style.ITALIC, 8);
        pdf.text(t.apply("risk.report.generated", new Object[]{WHEN.format(Instant.now())}), Style.ITALIC, 8);
        return pdf.toBytes();
    }

    private static void line(PdfReport pdf, String label, String value) {
        pdf.text(label + ": " + value, Style.REGULAR, 10);
    }

    private static String label(BiFunction<String, Object[], String> t, String key) {
        return t.apply(key, new Object[0]);
    }

    private static String level(BiFunction<String, Object[], String> t, RiskLevel level) {
        return level == null ? "—" : t.apply("riskLevel." + level.name(), new Object[0]);
    }

    private static String yesNo(BiFunction<String, Object[], String> t, boolean b) {
        return t.apply(b ? "risk.yes" : "risk.no", new Object[0]);
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }
}
