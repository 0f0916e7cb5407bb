package es.viogen.municipal.control;

import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a registry CSV file (UTF-8, comma-separated, quoted fields as RFC 4180, a header row) in the
 * format of {@code municipios-es.csv}: required columns {@link #REQUIRED}, optional {@code name_ine}, {@code lat},
 * {@code lon}, {@code seat}. Either every row is valid and all rows are returned, or {@link InvalidInput} lists the
 * problems (field {@code file}, at most {@link #MAX_ERRORS}) and nothing may be written.
 */
public final class RegistryCsv {

    public static final List<String> REQUIRED = List.of("ine_code", "name", "province_code", "province_name",
            "ccaa_code", "ccaa_name", "population", "population_year");
    public static final int MAX_ERRORS = 20;
    private static final Pattern INE = Pattern.compile("\\d{5}");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
    /** RFC 4180 (Apache Commons CSV): commas, quoted fields that may hold commas, doubled quotes and line breaks. */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private RegistryCsv() {
    }

    public static List<RegistryRow> read(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RegistryRow> read(BufferedReader r) throws IOException {
        List<FieldError> errors = new ArrayList<>();
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        CSVParser parser = CSV.parse(r);
        Iterator<CSVRecord> records = parser.iterator();
        List<String> header;
        try {
            header = records.hasNext() ? records.next().toList() : List.of();
        } catch (UncheckedIOException e) {
            throw new InvalidInput("file", "municipal.import.malformed", 1);
        }
        if (header.isEmpty() || header.size() == 1 && header.get(0).isBlank()) {
            throw new InvalidInput("file", "municipal.import.empty");
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i).trim().toLowerCase(), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !col.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInput("file", "municipal.import.header", String.join(", ", missing),
                    String.join(",", REQUIRED));
        }
        List<RegistryRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long lineEnd = parser.getCurrentLineNumber();
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                add(errors, (int) lineEnd + 1, "municipal.import.malformed");
                break;
            }
            // a quoted field may hold line breaks: a record starts on the line after the previous one ended
            int lineNo = (int) lineEnd + 1;
            lineEnd = parser.getCurrentLineNumber();
            List<String> f = record.toList();
            if (f.size() == 1 && f.get(0).isBlank()) {
                continue;
            }
            if (f.size() < header.size()) {
                add(errors, lineNo, "municipal.import.columns", header.size(), f.size());
                continue;
            }
            String ine = get(f, col, "ine_code");
            String province = get(f, col, "province_code");
            String region = get(f, col, "ccaa_code");
            String name = get(f, col, "name");
            int before = errors.size();
            if (!INE.matcher(ine).matches()) {
                add(errors, lineNo, "municipal.import.badIne", ine);
            } else if (!ine.startsWith(province)) {
                add(errors, lineNo, "municipal.import.ineProvince", ine, province);
            } else if (!seen.add(ine)) {
                add(errors, lineNo, "municipal.import.duplicate", ine);
            }
            if (!TWO_DIGITS.matcher(province).matches()) {
                add(errors, lineNo, "municipal.import.badProvince", province);
            }
            if (!TWO_DIGITS.matcher(region).matches()) {
                add(errors, lineNo, "municipal.import.badRegion", region);
            }
            if (name.isBlank()) {
                add(errors, lineNo, "municipal.import.noName", ine);
            }
            String population = get(f, col, "population");
            if (!INTEGER.matcher(population).matches()) {
                add(errors, lineNo, "municipal.import.badPopulation", population);
            }
            String year = get(f, col, "population_year");
            if (!year.matches("(19|20)\\d{2}")) {
                add(errors, lineNo, "municipal.import.badYear", year);
            }
            Double lat = decimal(f, col, "lat", errors, lineNo, -90, 90);
            Double lon = decimal(f, col, "lon", errors, lineNo, -180, 180);
            if (errors.size() > MAX_ERRORS) {
                break;
            }
            if (errors.size() == before) {
                String nameIne = col.containsKey("name_ine") ? get(f, col, "name_ine") : name;
                rows.add(new RegistryRow(ine, name.trim(), nameIne.isBlank() ? name.trim() : nameIne.trim(), province,
                        get(f, col, "province_name").trim(), region, get(f, col, "ccaa_name").trim(),
                        Integer.parseInt(population), Integer.parseInt(year), lat, lon,
                        col.containsKey("seat") ? blankToNull(get(f, col, "seat")) : null));
            }
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            throw new InvalidInput("file", "municipal.import.noRows");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors);
        }
        return rows;
    }

    private static Double decimal(List<String> f, Map<String, Integer> col, String name, List<FieldError> errors,
                                  int lineNo, double min, double max) {
        if (!col.containsKey(name)) {
            return null;
        }
        String v = get(f, col, name);
        if (v.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (d < min || d > max) {
                add(errors, lineNo, "municipal.import.badCoordinate", name, v);
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            add(errors, lineNo, "municipal.import.badCoordinate", name, v);
            return null;
        }
    }

    private static void add(List<FieldError> errors, int line, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = line;
        System.arraycopy(args, 0, all, 1, args.length);
        errors.add(new FieldError("file", key, all));
    }

    private static String get(List<String> f, Map<String, Integer> col, String name) {
        String v = f.get(col.get(name));
        return v == null ? "" : v.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
