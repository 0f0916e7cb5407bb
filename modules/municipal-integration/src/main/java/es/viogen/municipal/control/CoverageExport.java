package es.viogen.municipal.control;

import es.viogen.platform.api.SpreadsheetCsv;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Coverage tables as CSV (the platform's {@link SpreadsheetCsv}: UTF-8 with BOM, semicolons) or Excel (.xlsx), both
 * with the platform's one formula-neutralising rule.
 * The first table lists areas (region and provinces), the second the municipalities of the programme.
 */
public final class CoverageExport {

    /** One line of the areas table. */
    public record Area(String name, int programme, int integrated, double percentage) {
    }

    /** One line of the municipalities table. */
    public record Town(String ineCode, String name, String province, int population, String status, boolean integrated) {
    }

    private CoverageExport() {
    }

    public static byte[] csv(List<String> areaHeader, List<Area> areas, List<String> townHeader, List<Town> towns) {
        SpreadsheetCsv csv = new SpreadsheetCsv().row(areaHeader);
        for (Area a : areas) {
            csv.row(List.of(a.name(), Integer.toString(a.programme()), Integer.toString(a.integrated()),
                    String.format(java.util.Locale.ROOT, "%.1f", a.percentage()).replace('.', ',')));
        }
        csv.blankLine().row(townHeader);
        for (Town t : towns) {
            csv.row(List.of(t.ineCode(), t.name(), t.province(), Integer.toString(t.population()), t.status()));
        }
        return csv.bytes();
    }

    public static byte[] xlsx(String areaSheet, List<String> areaHeader, List<Area> areas, String townSheet,
                              List<String> townHeader, List<Town> towns) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            Sheet s1 = wb.createSheet(areaSheet);
            header(s1, areaHeader, bold);
            int r = 1;
            for (Area a : areas) {
                Row row = s1.createRow(r++);
                row.createCell(0).setCellValue(SpreadsheetCsv.neutralise(a.name()));
                row.createCell(1).setCellValue(a.programme());
                row.createCell(2).setCellValue(a.integrated());
                Cell c = row.createCell(3);
                c.setCellValue(a.percentage());
                c.setCellStyle(pct);
            }
            Sheet s2 = wb.createSheet(townSheet);
            header(s2, townHeader, bold);
            r = 1;
            for (Town t : towns) {
                Row row = s2.createRow(r++);
                row.createCell(0).setCellValue(t.ineCode());
                row.createCell(1).setCellValue(SpreadsheetCsv.neutralise(t.name()));
                row.createCell(2).setCellValue(SpreadsheetCsv.neutralise(t.province()));
                row.createCell(3).setCellValue(t.population());
                row.createCell(4).setCellValue(SpreadsheetCsv.neutralise(t.status()));
            }
            for (int i = 0; i < 5; i++) {
                s1.setColumnWidth(i, 22 * 256);
                s2.setColumnWidth(i, 26 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet s, List<String> names, CellStyle bold) {
        Row h = s.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(names.get(i));
            c.setCellStyle(bold);
        }
    }
}
