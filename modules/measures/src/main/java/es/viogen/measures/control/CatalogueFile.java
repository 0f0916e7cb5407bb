package es.viogen.measures.control;

import es.viogen.platform.api.RiskLevel;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads protocol versions from the resource files under {@code es/viogen/measures/catalogue/} (listed in
 * {@code index.txt}) and checks them: every level has a period, codes are unique, levels and kinds are known.
 * A catalogue change is a new file, not a code change.
 */
public final class CatalogueFile {

    public static final String FOLDER = "es/viogen/measures/catalogue/";

    private CatalogueFile() {
    }

    /** All protocol versions listed in the index, parsed and checked. */
    public static List<ProtocolDefinition> loadAll(ClassLoader loader) {
        List<ProtocolDefinition> all = new ArrayList<>();
        for (String file : index(loader)) {
            try (InputStream in = loader.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("catalogue file missing: " + file);
                }
                all.add(parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    static List<String> index(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("catalogue index missing");
            }
            List<String> files = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    files.add(l);
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ProtocolDefinition parse(InputStream in) {
        JsonObject o;
        try (JsonReader r = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            o = r.readObject();
        }
        String code = o.getString("code");
        Map<RiskLevel, ProtocolDefinition.ReassessmentPeriod> periods = new EnumMap<>(RiskLevel.class);
        for (JsonValue v : o.getJsonArray("reassessment")) {
            JsonObject p = v.asJsonObject();
            RiskLevel level = RiskLevel.valueOf(p.getString("level"));
            int hours = p.getInt("maxIntervalHours");
            int grace = p.getInt("graceHours");
            if (hours <= 0 || grace < 0) {
                throw new IllegalArgumentException(code + ": invalid period for " + level);
            }
            if (periods.put(level, new ProtocolDefinition.ReassessmentPeriod(Duration.ofHours(hours),
                    Duration.ofHours(grace))) != null) {
                throw new IllegalArgumentException(code + ": period for " + level + " given twice");
            }
        }
        for (RiskLevel l : RiskLevel.values()) {
            if (!periods.containsKey(l)) {
                throw new IllegalArgumentException(code + ": no re-assessment period for " + l);
            }
        }
        Set<String> codes = new HashSet<>();
        List<ProtocolDefinition.MeasureDefinition> measures = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("measures")) {
            JsonObject m = v.asJsonObject();
            String mc = m.getString("code");
            if (!codes.add(mc)) {
                throw new IllegalArgumentException(code + ": measure " + mc + " given twice");
            }
            Integer frequency = m.containsKey("frequencyHours") ? m.getInt("frequencyHours") : null;
            if (frequency != null && frequency <= 0) {
                throw new IllegalArgumentException(code + ": invalid frequency for " + mc);
            }
            measures.add(new ProtocolDefinition.MeasureDefinition(mc, RiskLevel.valueOf(m.getString("minLevel")),
                    MeasureKind.valueOf(m.getString("kind")), frequency, m.getString("name")));
        }
        List<ProtocolDefinition.SafetyItemDefinition> safety = new ArrayList<>();
        if (o.containsKey("safetyPlan")) {
            Set<String> safetyCodes = new HashSet<>();
            for (JsonValue v : o.getJsonArray("safetyPlan")) {
                JsonObject s = v.asJsonObject();
                if (!safetyCodes.add(s.getString("code"))) {
                    throw new IllegalArgumentException(code + ": safety item " + s.getString("code") + " given twice");
                }
                safety.add(new ProtocolDefinition.SafetyItemDefinition(s.getString("code"), s.getString("name")));
            }
        }
        return new ProtocolDefinition(code, o.getString("title"), LocalDate.parse(o.getString("effectiveFrom")),
                o.getInt("dueSoonHours", 24), o.getInt("orderNoticeDays", 7), periods, measures, safety);
    }
}
