package es.viogen.risk.control;

import es.viogen.platform.api.PdfReport;
import es.viogen.platform.api.SpreadsheetCsv;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The monitoring's tables as files: CSV through the platform's {@link SpreadsheetCsv} (UTF-8 with BOM, semicolons,
 * formula-neutralised), Excel (one sheet per table, cells neutralised by the same rule) and PDF through the platform's
 * {@link PdfReport}. Small cells are written as the text the page shows, never as a rate.
 */
public final class MonitoringExport {

    /** One table: its title, header and rows (already formatted). */
    public record Table(String title, List<String> header, List<List<String>> rows) implements java.io.Serializable {
    }

    private MonitoringExport() {
    }

    /** The report's tables in the reader's language ({@code t}: bundle key and arguments to text). */
    public static List<Table> tables(ModelMonitoringQueries.Report r, BiFunction<String, Object[], String> t) {
        String small = t.apply("risk.monitoring.small", new Object[0]);
        List<Table> out = new ArrayList<>();
        List<List<String>> summary = new ArrayList<>();
        summary.add(List.of(t.apply("risk.monitoring.instrument", new Object[0]), r.instrumentCode() + " " + r.instrumentVersion()));
        summary.add(List.of(t.apply("risk.monitoring.window", new Object[0]), Integer.toString(r.windowDays())));
        summary.add(List.of(t.apply("risk.monitoring.measured", new Object[0]), Long.toString(r.assessmentsMeasured())));
        summary.add(List.of(t.apply("risk.monitoring.outcomes", new Object[0]),
                r.outcomesObserved() == null ? small : Long.toString(r.outcomesObserved())));
        summary.add(List.of("AUC", r.auc() == null ? small : num(r.auc().value())));
        summary.add(List.of(t.apply("risk.monitoring.aucCi", new Object[0]),
                r.auc() == null ? small : num(r.auc().lower()) + " – " + num(r.auc().upper())));
        summary.add(List.of("Brier", r.brier() == null || r.small() ? small : num(r.brier())));
        summary.add(List.of(t.apply("risk.monitoring.expectedBrier", new Object[0]),
                r.expectedBrier() == null || r.small() ? small : num(r.expectedBrier())));
        out.add(new Table(t.apply("risk.monitoring.summary", new Object[0]),
                List.of(t.apply("risk.monitoring.figure", new Object[0]), t.apply("risk.monitoring.value", new Object[0])), summary));

        List<List<String>> cal = new ArrayList<>();
        for (ModelMetrics.Calibration c : r.calibration()) {
            cal.add(List.of(level(t, c.level()), Long.toString(c.assessments()),
                    c.small() ? small : Long.toString(c.outcomes()), c.small() ? small : pct(c.observedRate()),
                    c.expectedRate() == null ? "" : pct(c.expectedRate())));
        }
        out.add(new Table(t.apply("risk.monitoring.calibration", new Object[0]), List.of(
                t.apply("risk.monitoring.level", new Object[0]), t.apply("risk.monitoring.assessments", new Object[0]),
                t.apply("risk.monitoring.outcomes", new Object[0]), t.apply("risk.monitoring.observed", new Object[0]),
                t.apply("risk.monitoring.expected", new Object[0])), cal));

        List<List<String>> cuts = new ArrayList<>();
        for (ModelMetrics.CutPoint c : r.cutPoints()) {
            cuts.add(List.of(t.apply("risk.monitoring.atLeast", new Object[]{level(t, c.level())}),
                    c.small() ? small : pct(c.sensitivity()), c.small() ? small : pct(c.specificity()),
                    c.small() ? small : pct(c.ppv()), c.small() ? small : pct(c.npv())));
        }
        out.add(new Table(t.apply("risk.monitoring.cutPoints", new Object[0]), List.of(
                t.apply("risk.monitoring.cut", new Object[0]), t.apply("risk.monitoring.sensitivity", new Object[0]),
                t.apply("risk.monitoring.specificity", new Object[0]), "VPP / PPV", "VPN / NPV"), cuts));

        List<List<String>> lv = new ArrayList<>();
        for (ModelMonitoringQueries.LevelCount c : r.levelDistribution()) {
            lv.add(List.of(level(t, c.level()), Long.toString(c.assessments()), pct(c.share())));
        }
        out.add(new Table(t.apply("risk.monitoring.levels", new Object[0]), List.of(
                t.apply("risk.monitoring.level", new Object[0]), t.apply("risk.monitoring.assessments", new Object[0]),
                "%"), lv));

        ModelMonitoringQueries.Overrides o = r.overrides();
        List<List<String>> ov = new ArrayList<>();
        ov.add(List.of(t.apply("risk.monitoring.override.rate", new Object[0]), o.overrideRate() == null ? "" : pct(o.overrideRate())));
        ov.add(List.of(t.apply("risk.monitoring.override.redFlag", new Object[0]), Long.toString(o.raisedByRedFlag())));
        ov.add(List.of(t.apply("risk.monitoring.override.victim", new Object[0]), Long.toString(o.raisedByVictim())));
        ov.add(List.of(t.apply("risk.monitoring.override.officer", new Object[0]), Long.toString(o.raisedByOfficer())));
        ov.add(List.of(t.apply("risk.monitoring.override.dropsApplied", new Object[0]), Long.toString(o.dropsApplied())));
        ov.add(List.of(t.apply("risk.monitoring.override.dropsProposed", new Object[0]), Long.toString(o.dropsProposed())));
        ov.add(List.of(t.apply("risk.monitoring.override.dropsApproved", new Object[0]), Long.toString(o.dropsApproved())));
        ov.add(List.of(t.apply("risk.monitoring.override.dropsRefused", new Object[0]), Long.toString(o.dropsRefused())));
        ov.add(List.of(t.apply("risk.monitoring.override.dropsPending", new Object[0]), Long.toString(o.dropsPending())));
        out.add(new Table(t.apply("risk.monitoring.overrides", new Object[0]), List.of(
                t.apply("risk.monitoring.figure", new Object[0]), t.apply("risk.monitoring.value", new Object[0])), ov));

        List<List<String>> nss = new ArrayList<>();
        for (ModelMonitoringQueries.UnknownShare u : r.unknownShares()) {
            nss.add(List.of(u.indicator(), Long.toString(u.answered()), Long.toString(u.unknown()), pct(u.share())));
        }
        out.add(new Table(t.apply("risk.monitoring.unknowns", new Object[0]), List.of(
                t.apply("risk.monitoring.indicator", new Object[0]), t.apply("risk.monitoring.answered", new Object[0]),
                t.apply("risk.monitoring.unknown", new Object[0]), "%"), nss));

        List<List<String>> trend = new ArrayList<>();
        for (ModelMonitoringQueries.MonthlyAuc m : r.trend()) {
            trend.add(List.of(m.month(), Long.toString(m.assessments()), m.small() ? small : Long.toString(m.outcomes()),
                    m.small() ? small : num(m.auc()), m.small() ? small : num(m.lower()) + " – " + num(m.upper())));
        }
        out.add(new Table(t.apply("risk.monitoring.trend", new Object[0]), List.of(
                t.apply("risk.monitoring.month", new Object[0]), t.apply("risk.monitoring.assessments", new Object[0]),
                t.apply("risk.monitoring.outcomes", new Object[0]), "AUC", t.apply("risk.monitoring.aucCi", new Object[0])), trend));
        return out;
    }

    public static byte[] csv(List<Table> tables) {
        SpreadsheetCsv csv = new SpreadsheetCsv();
        boolean first = true;
        for (Table tb : tables) {
            if (!first) {
                csv.blankLine();
            }
            first = false;
            csv.row(List.of(tb.title())).row(tb.header()).rows(tb.rows());
        }
        return csv.bytes();
    }

    public static byte[] xlsx(List<Table> tables) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            int n = 0;
            for (Table tb : tables) {
                // sheet names: at most 31 characters, unique
                String name = (++n) + " " + tb.title().replaceAll("[\\\\/?*\\[\\]:]", " ");
                Sheet s = wb.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
                Row h = s.createRow(0);
                for (int i = 0; i < tb.header().size(); i++) {
                    h.createCell(i).setCellValue(SpreadsheetCsv.neutralise(tb.header().get(i)));
                    h.getCell(i).setCellStyle(bold);
                    s.setColumnWidth(i, 24 * 256);
                }
                int r = 1;
                for (List<String> row : tb.rows()) {
                    Row x = s.createRow(r++);
                    for (int i = 0; i < row.size(); i++) {
                        x.createCell(i).setCellValue(SpreadsheetCsv.neutralise(row.get(i)));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(String title, List<String> lines, List<Table> tables) {
        PdfReport pdf = new PdfReport(title);
        pdf.text(title, PdfReport.Style.BOLD, 15).space(4);
        for (String l : lines) {
            pdf.text(l, PdfReport.Style.ITALIC, 8);
        }
        for (Table tb : tables) {
            pdf.space(8).text(tb.title(), PdfReport.Style.BOLD, 11).space(2);
            pdf.text(String.join(" · ", tb.header()), PdfReport.Style.BOLD, 8);
            for (List<String> row : tb.rows()) {
                pdf.text(String.join(" · ", row), PdfReport.Style.REGULAR, 8);
            }
        }
        return pdf.toBytes();
    }

    static String num(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.3f", d).replace('.', ',');
    }

    static String pct(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.1f %%", d * 100).replace('.', ',');
    }

    private static String level(BiFunction<String, Object[], String> t, es.viogen.platform.api.RiskLevel l) {
        return t.apply("riskLevel." + l.name(), new Object[0]);
    }
}
