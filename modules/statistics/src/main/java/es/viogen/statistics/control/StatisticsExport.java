package es.viogen.statistics.control;

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
import java.util.function.Function;

/**
 * A month's figures with the previous month's as CSV (the platform's {@link SpreadsheetCsv}), Excel and PDF (the
 * platform's {@link PdfReport}). These leave the system, so every count of 1 to 4 is written as {@code <5} and its
 * change is not given ({@link Figure#suppressed}).
 */
public final class StatisticsExport {

    public static final String SUPPRESSED = "<5";

    /** Header texts: figure, month, previous month, change. */
    public record Labels(String title, String area, String figure, String month, String previous, String change,
                         String note, Function<Figure, String> name) {
    }

    private StatisticsExport() {
    }

    public static String cell(long value) {
        return Figure.suppressed(value) ? SUPPRESSED : Long.toString(value);
    }

    public static String change(long now, Long before) {
        if (before == null || Figure.suppressed(now) || Figure.suppressed(before)) {
            return "—";
        }
        long d = now - before;
        return d > 0 ? "+" + d : Long.toString(d);
    }

    static List<List<String>> lines(MonthFigures now, MonthFigures before, Labels l) {
        List<List<String>> rows = new ArrayList<>();
        for (Figure f : Figure.ALL) {
            long v = now.value(f);
            Long p = before == null ? null : before.value(f);
            rows.add(List.of(l.name().apply(f), cell(v), p == null ? "" : cell(p), change(v, p)));
        }
        return rows;
    }

    public static byte[] csv(MonthFigures now, MonthFigures before, Labels l) {
        SpreadsheetCsv csv = new SpreadsheetCsv().row(List.of(l.title(), l.area())).row(List.of(l.note())).blankLine()
                .row(List.of(l.figure(), l.month(), l.previous(), l.change()));
        return csv.rows(lines(now, before, l)).bytes();
    }

    public static byte[] xlsx(MonthFigures now, MonthFigures before, Labels l) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            Sheet s = wb.createSheet(now.month().toString());
            s.createRow(0).createCell(0).setCellValue(SpreadsheetCsv.neutralise(l.title() + " · " + l.area()));
            s.createRow(1).createCell(0).setCellValue(SpreadsheetCsv.neutralise(l.note()));
            Row h = s.createRow(3);
            List<String> head = List.of(l.figure(), l.month(), l.previous(), l.change());
            for (int i = 0; i < head.size(); i++) {
                h.createCell(i).setCellValue(head.get(i));
                h.getCell(i).setCellStyle(bold);
            }
            int r = 4;
            for (Figure fig : Figure.ALL) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(SpreadsheetCsv.neutralise(l.name().apply(fig)));
                number(row, 1, now.value(fig));
                if (before != null) {
                    number(row, 2, before.value(fig));
                }
                row.createCell(3).setCellValue(change(now.value(fig), before == null ? null : before.value(fig)));
            }
            s.setColumnWidth(0, 60 * 256);
            for (int i = 1; i < 4; i++) {
                s.setColumnWidth(i, 16 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(Row row, int col, long v) {
        if (Figure.suppressed(v)) {
            row.createCell(col).setCellValue(SUPPRESSED);
        } else {
            row.createCell(col).setCellValue(v);
        }
    }

    public static byte[] pdf(MonthFigures now, MonthFigures before, Labels l) {
        PdfReport pdf = new PdfReport(l.title());
        pdf.text(l.title(), PdfReport.Style.BOLD, 15).text(l.area(), PdfReport.Style.REGULAR, 11)
                .text(l.note(), PdfReport.Style.ITALIC, 8).space(8)
                .text(l.figure() + " — " + l.month() + " (" + l.previous() + "; " + l.change() + ")", PdfReport.Style.BOLD, 9);
        for (List<String> line : lines(now, before, l)) {
            pdf.text(line.get(0) + ": " + line.get(1) + (line.get(2).isEmpty() ? "" : "  (" + line.get(2) + "; " + line.get(3) + ")"),
                    PdfReport.Style.REGULAR, 9);
        }
        return pdf.toBytes();
    }
}
