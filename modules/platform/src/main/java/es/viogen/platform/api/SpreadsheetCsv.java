package es.viogen.platform.api;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one CSV shape of every export that leaves the system (written by Apache Commons CSV): UTF-8 with a byte-order
 * mark and semicolons, as Spanish spreadsheets open it, CRLF line ends, quotes only where needed; and the one rule
 * against spreadsheet formula injection ({@link #neutralise(String)}), also applied by the Excel exports.
 */
public final class SpreadsheetCsv {

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();
    /** A plain number as the exports write it ({@code -12}, {@code 87,3}): a value, not a formula. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private final List<List<String>> rows = new ArrayList<>();

    /** Adds a row; {@code null} cells are written empty. */
    public SpreadsheetCsv row(List<String> cells) {
        rows.add(new ArrayList<>(cells));
        return this;
    }

    public SpreadsheetCsv rows(List<List<String>> more) {
        more.forEach(this::row);
        return this;
    }

    /** An empty line between two tables of one file. */
    public SpreadsheetCsv blankLine() {
        rows.add(List.of());
        return this;
    }

    public byte[] bytes() {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (List<String> row : rows) {
                if (row.isEmpty()) {
                    printer.println();
                    continue;
                }
                for (String cell : row) {
                    printer.print(neutralise(cell));
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A cell that a spreadsheet would take as a formula or a command ({@code = + - @}, a tab or a carriage return
     * first; OWASP's CSV-injection advice) gets a leading apostrophe, so it is shown as text; plain numbers stay as
     * they are. {@code null} becomes empty.
     */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char c = value.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
        return risky && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }
}
