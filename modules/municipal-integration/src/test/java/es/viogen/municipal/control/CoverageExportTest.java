package es.viogen.municipal.control;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoverageExportTest {

    private static final List<CoverageExport.Area> AREAS = List.of(new CoverageExport.Area("Castilla y León", 71, 62, 87.3),
            new CoverageExport.Area("León", 15, 9, 60.0));
    private static final List<CoverageExport.Town> TOWNS = List.of(
            new CoverageExport.Town("24134", "La Robla", "León", 3574, "Solicitada", false),
            new CoverageExport.Town("47075", "=HYPERLINK(\"x\")", "Valladolid", 6493, "Formación", false));

    @Test
    void csvUsesSemicolonsDecimalCommaAndNeutralisesFormulas() {
        String csv = new String(CoverageExport.csv(List.of("Ámbito", "Programa", "Integrados", "%"), AREAS,
                List.of("INE", "Municipio", "Provincia", "Habitantes", "Estado"), TOWNS), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFÁmbito;Programa;Integrados;%\r\n"));
        assertTrue(csv.contains("Castilla y León;71;62;87,3\r\n"));
        assertTrue(csv.contains("24134;La Robla;León;3574;Solicitada"));
        assertFalse(csv.contains(";=HYPERLINK"), "a cell must not start a formula");
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""));
    }

    @Test
    void excelHasBothSheetsWithNumbers() throws Exception {
        byte[] xlsx = CoverageExport.xlsx("Cobertura", List.of("Ámbito", "Programa", "Integrados", "%"), AREAS, "Municipios",
                List.of("INE", "Municipio", "Provincia", "Habitantes", "Estado"), TOWNS);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet areas = wb.getSheet("Cobertura");
            assertEquals("Castilla y León", areas.getRow(1).getCell(0).getStringCellValue());
            assertEquals(62, areas.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(87.3, areas.getRow(1).getCell(3).getNumericCellValue(), 0.0001);
            Sheet towns = wb.getSheet("Municipios");
            assertEquals(2, towns.getLastRowNum());
            assertEquals(3574, towns.getRow(1).getCell(3).getNumericCellValue());
        }
    }

    @Test
    void svgDrawingsEscapeNamesAndPlaceEveryTown() {
        String map = CoverageGraphics.map(List.of(
                new CoverageGraphics.Point("47075", "Íscar <b>", 41.36, -4.53, false, true),
                new CoverageGraphics.Point("47186", "Valladolid", 41.65, -4.72, true, false)), "Mapa", "Integrado", "Pendiente");
        assertEquals(4, map.split("<circle", -1).length - 1, "two towns and two legend dots");
        assertTrue(map.contains("data-ine='47075'") && map.contains("data-ine='47186'"));
        assertTrue(map.contains("Íscar &lt;b&gt;"));
        assertFalse(map.contains("<b>"));
        String bars = CoverageGraphics.bars(List.of(new CoverageGraphics.Bar("León", 9, 15)), "Cobertura");
        assertTrue(bars.contains("9/15 (60,0 %)"));
    }
}
