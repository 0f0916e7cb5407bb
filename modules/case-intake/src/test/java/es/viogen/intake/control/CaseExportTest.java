package es.viogen.intake.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseExportTest {

    @Test
    void csvQuotesSeparatorsAndNeutralisesCells() {
        String csv = new String(CaseExport.csv(List.of("a", "b"), List.of(List.of("=1+1", "x;y"))), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFa;b\r\n"));
        assertTrue(csv.contains("'=1+1;\"x;y\"\r\n"), csv);
    }

    @Test
    void excelIsAZipWorkbook() {
        byte[] x = CaseExport.xlsx("Casos", List.of("a"), List.of(List.of("=1")));
        assertEquals('P', x[0]);
        assertEquals('K', x[1]);
    }
}
