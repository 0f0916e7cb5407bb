package es.viogen.platform.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpreadsheetCsvTest {

    @Test
    void formulasAndCommandsAreNeutralisedNumbersAndTextAreNot() {
        assertEquals("'=HYPERLINK(\"x\")", SpreadsheetCsv.neutralise("=HYPERLINK(\"x\")"));
        assertEquals("'+34 600 000 000", SpreadsheetCsv.neutralise("+34 600 000 000"));
        assertEquals("'-1+1", SpreadsheetCsv.neutralise("-1+1"));
        assertEquals("'@SUM(A1)", SpreadsheetCsv.neutralise("@SUM(A1)"));
        assertEquals("'\tcmd", SpreadsheetCsv.neutralise("\tcmd"));
        assertEquals("'\r=1", SpreadsheetCsv.neutralise("\r=1"));
        assertEquals("-12", SpreadsheetCsv.neutralise("-12"));
        assertEquals("-87,3", SpreadsheetCsv.neutralise("-87,3"));
        assertEquals("VG-2026-000001", SpreadsheetCsv.neutralise("VG-2026-000001"));
        assertEquals("", SpreadsheetCsv.neutralise(null));
    }

    @Test
    void aFileHasBomSemicolonsCrlfAndQuotesOnlyWhereNeeded() {
        String csv = new String(new SpreadsheetCsv().row(List.of("a", "b"))
                .row(Arrays.asList("=1+1", "x;y", null, "dijo \"no\"", "dos\nlíneas")).blankLine().row(List.of("c"))
                .bytes(), StandardCharsets.UTF_8);
        assertEquals("\uFEFFa;b\r\n'=1+1;\"x;y\";;\"dijo \"\"no\"\"\";\"dos\nlíneas\"\r\n\r\nc\r\n", csv);
    }
}
