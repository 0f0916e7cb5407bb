package es.viogen.intake.control;

import es.viogen.platform.api.SpreadsheetCsv;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The visible case list as CSV (the platform's {@link SpreadsheetCsv}) or Excel; both neutralise cells that a
 * spreadsheet would take as a formula with the platform's one rule.
 */
public final class CaseExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Madrid"));

    private CaseExport() {
    }

    /** Column headers (already translated) and the label of an enum value. */
    public record Labels(List<String> headers, Function<String, String> valueLabel) {
    }

    public static List<List<String>> table(List<CaseRow> rows, Function<String, String> label) {
        List<List<String>> out = new ArrayList<>();
        for (CaseRow r : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(r.getCaseNumber());
            cells.add(label.apply("intake.caseStatus." + r.getStatus()));
            cells.add(r.getLevel() == null ? "" : label.apply("intake.level." + r.getLevel()));
            cells.add(r.getUnitName());
            cells.add(r.getMunicipalityCode());
            cells.add(r.getVictimName());
            cells.add(r.getAggressorName());
            cells.add(r.getOpenedAt() == null ? "" : DATE.format(r.getOpenedAt()));
            cells.add(r.isEspecialRelevancia() ? "X" : "");
            cells.add(r.isMinorsAtRisk() ? "X" : "");
            cells.add(r.isRepeatAggressor() ? "X" : "");
            out.add(cells);
        }
        return out;
    }

    public static byte[] csv(List<String> headers, List<List<String>> table) {
        return new SpreadsheetCsv().row(headers).rows(table).bytes();
    }

    public static byte[] xlsx(String sheetName, List<String> headers, List<List<String>> table) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            int r = 0;
            Row head = sheet.createRow(r++);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            for (List<String> row : table) {
                Row x = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    Cell cell = x.createCell(i);
                    // string cells are never evaluated, but a copy-paste to CSV could be: neutralise anyway
                    cell.setCellValue(SpreadsheetCsv.neutralise(row.get(i)));
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
