package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;
import es.viogen.risk.api.AssessmentKind;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates an instrument definition (JSON). Collects every problem with its path, then either returns
 * the instrument or throws {@link InstrumentRejected} listing them all: a bad file is refused as a whole.
 */
public final class InstrumentReader {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{0,19}");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");
    private static final Pattern FACT = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern INDICATOR_CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    static final int MAX_WEIGHT = 100;

    private final List<InstrumentProblem> problems = new ArrayList<>();

    private InstrumentReader() {
    }

    public static Instrument read(String json) {
        return new InstrumentReader().parse(json);
    }

    private Instrument parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InstrumentRejected(List.of(new InstrumentProblem("$", "risk.instrument.error.empty")));
        }
        JsonObject root;
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            JsonValue v = r.readValue();
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InstrumentRejected(List.of(new InstrumentProblem("$", "risk.instrument.error.notObject")));
            }
            root = v.asJsonObject();
        } catch (JsonParsingException e) {
            String where = e.getLocation() == null ? "$"
                    : "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
            throw new InstrumentRejected(List.of(new InstrumentProblem(where, "risk.instrument.error.syntax")));
        } catch (jakarta.json.JsonException e) {
            throw new InstrumentRejected(List.of(new InstrumentProblem("$", "risk.instrument.error.syntax")));
        }

        String code = text(root, "code", "$.code", true);
        if (code != null && !CODE.matcher(code).matches()) {
            problem("$.code", "risk.instrument.error.codeFormat", code);
        }
        String version = text(root, "version", "$.version", true);
        if (version != null && !VERSION.matcher(version).matches()) {
            problem("$.version", "risk.instrument.error.versionFormat", version);
        }
        AssessmentKind kind = enumValue(AssessmentKind.class, text(root, "kind", "$.kind", true), "$.kind");
        String[] title = localized(root, "title", "$.title");
        String[] notice = localized(root, "notice", "$.notice");
        double minimumConfidence = 0.75;
        if (root.containsKey("minimumConfidence")) {
            JsonValue mc = root.get("minimumConfidence");
            if (mc instanceof JsonNumber n && n.doubleValue() >= 0 && n.doubleValue() <= 1) {
                minimumConfidence = n.doubleValue();
            } else {
                problem("$.minimumConfidence", "risk.instrument.error.confidenceRange");
            }
        }

        List<Factor> factors = factors(root);
        Set<String> known = new HashSet<>();
        factors.forEach(f -> f.indicators().forEach(i -> known.add(i.code())));
        List<CutPoint> cutPoints = cutPoints(root);
        List<RedFlagRule> redFlags = redFlags(root, known);
        HScale hScale = hScale(root, known);
        MinorsRules minors = minors(root, known);
        Map<String, List<String>> facts = facts(root, known);
        String victimBelief = null;
        if (root.containsKey("victimBelief")) {
            victimBelief = text(root, "victimBelief", "$.victimBelief", true);
            if (victimBelief != null && !known.contains(victimBelief)) {
                problem("$.victimBelief", "risk.instrument.error.unknownIndicator", victimBelief);
            }
        }

        if (!problems.isEmpty()) {
            throw new InstrumentRejected(problems);
        }
        return new Instrument(code, version, kind, title[0], title[1], notice[0], notice[1], factors, cutPoints,
                redFlags, hScale, minors, minimumConfidence, facts, victimBelief);
    }

    private List<Factor> factors(JsonObject root) {
        List<Factor> factors = new ArrayList<>();
        JsonArray arr = array(root, "factors", "$.factors", true);
        if (arr == null) {
            return factors;
        }
        if (arr.isEmpty()) {
            problem("$.factors", "risk.instrument.error.emptyList");
        }
        Set<String> factorCodes = new HashSet<>();
        Set<String> indicatorCodes = new HashSet<>();
        for (int f = 0; f < arr.size(); f++) {
            String fp = "$.factors[" + f + "]";
            JsonObject fo = object(arr.get(f), fp);
            if (fo == null) {
                continue;
            }
            String fcode = text(fo, "code", fp + ".code", true);
            if (fcode != null && !factorCodes.add(fcode)) {
                problem(fp + ".code", "risk.instrument.error.duplicate", fcode);
            }
            String[] name = localized(fo, "name", fp + ".name");
            List<Indicator> indicators = new ArrayList<>();
            JsonArray ia = array(fo, "indicators", fp + ".indicators", true);
            if (ia != null) {
                if (ia.isEmpty()) {
                    problem(fp + ".indicators", "risk.instrument.error.emptyList");
                }
                for (int i = 0; i < ia.size(); i++) {
                    String ip = fp + ".indicators[" + i + "]";
                    JsonObject io = object(ia.get(i), ip);
                    if (io == null) {
                        continue;
                    }
                    String icode = text(io, "code", ip + ".code", true);
                    if (icode != null && !INDICATOR_CODE.matcher(icode).matches()) {
                        problem(ip + ".code", "risk.instrument.error.codeFormat", icode);
                    } else if (icode != null && !indicatorCodes.add(icode)) {
                        problem(ip + ".code", "risk.instrument.error.duplicate", icode);
                    }
                    Integer number = integer(io, "number", ip + ".number", false, 1, 999);
                    String[] text = localized(io, "text", ip + ".text");
                    Integer weight = integer(io, "weight", ip + ".weight", true, 0, MAX_WEIGHT);
                    indicators.add(new Indicator(icode, number == null ? indicators.size() + 1 : number, text[0],
                            text[1], weight == null ? 0 : weight));
                }
            }
            factors.add(new Factor(fcode, name[0], name[1], indicators));
        }
        return factors;
    }

    private List<CutPoint> cutPoints(JsonObject root) {
        List<CutPoint> cps = new ArrayList<>();
        JsonArray arr = array(root, "cutPoints", "$.cutPoints", true);
        if (arr == null) {
            return cps;
        }
        if (arr.size() < 2) {
            problem("$.cutPoints", "risk.instrument.error.cutPointsTooFew");
            return cps;
        }
        for (int c = 0; c < arr.size(); c++) {
            String cp = "$.cutPoints[" + c + "]";
            JsonObject co = object(arr.get(c), cp);
            if (co == null) {
                continue;
            }
            RiskLevel level = enumValue(RiskLevel.class, text(co, "level", cp + ".level", true), cp + ".level");
            Integer min = integer(co, "minScore", cp + ".minScore", true, 0, Integer.MAX_VALUE);
            if (level == null || min == null) {
                continue;
            }
            if (cps.isEmpty() && min != 0) {
                problem(cp + ".minScore", "risk.instrument.error.firstCutPointNotZero");
            }
            if (!cps.isEmpty()) {
                CutPoint prev = cps.get(cps.size() - 1);
                if (level.compareTo(prev.level()) <= 0) {
                    problem(cp + ".level", "risk.instrument.error.levelsNotAscending");
                }
                if (min <= prev.minScore()) {
                    problem(cp + ".minScore", "risk.instrument.error.scoresNotAscending");
                }
            }
            cps.add(new CutPoint(level, min));
        }
        return cps;
    }

    private List<RedFlagRule> redFlags(JsonObject root, Set<String> known) {
        List<RedFlagRule> rules = new ArrayList<>();
        JsonArray arr = array(root, "redFlags", "$.redFlags", false);
        if (arr == null) {
            return rules;
        }
        Set<String> codes = new HashSet<>();
        for (int r = 0; r < arr.size(); r++) {
            String rp = "$.redFlags[" + r + "]";
            JsonObject ro = object(arr.get(r), rp);
            if (ro == null) {
                continue;
            }
            String code = text(ro, "code", rp + ".code", true);
            if (code != null && !codes.add(code)) {
                problem(rp + ".code", "risk.instrument.error.duplicate", code);
            }
            String[] label = localized(ro, "label", rp + ".label");
            List<String> allOf = indicatorList(ro, "allOf", rp + ".allOf", known, true);
            RiskLevel min = enumValue(RiskLevel.class, text(ro, "minimumLevel", rp + ".minimumLevel", true),
                    rp + ".minimumLevel");
            rules.add(new RedFlagRule(code, label[0], label[1], allOf, min));
        }
        return rules;
    }

    private HScale hScale(JsonObject root, Set<String> known) {
        JsonValue v = root.get("hScale");
        if (v == null) {
            problem("$.hScale", "risk.instrument.error.required");
            return null;
        }
        JsonObject ho = object(v, "$.hScale");
        if (ho == null) {
            return null;
        }
        Integer threshold = integer(ho, "threshold", "$.hScale.threshold", true, 1, Integer.MAX_VALUE);
        Map<String, Integer> weights = new LinkedHashMap<>();
        JsonValue wv = ho.get("weights");
        if (!(wv instanceof JsonObject wo) || wo.isEmpty()) {
            problem("$.hScale.weights", "risk.instrument.error.hScaleWeights");
        } else {
            for (String k : wo.keySet()) {
                String wp = "$.hScale.weights." + k;
                if (!known.contains(k)) {
                    problem(wp, "risk.instrument.error.unknownIndicator", k);
                }
                Integer w = integer(wo, k, wp, true, 1, MAX_WEIGHT);
                if (w != null) {
                    weights.put(k, w);
                }
            }
        }
        if (threshold != null && !weights.isEmpty()
                && threshold > weights.values().stream().mapToInt(Integer::intValue).sum()) {
            problem("$.hScale.threshold", "risk.instrument.error.hScaleUnreachable", threshold);
        }
        List<List<String>> combinations = new ArrayList<>();
        if (ho.containsKey("combinations")) {
            JsonArray ca = array(ho, "combinations", "$.hScale.combinations", true);
            for (int i = 0; ca != null && i < ca.size(); i++) {
                String cp = "$.hScale.combinations[" + i + "]";
                if (!(ca.get(i) instanceof JsonArray)) {
                    problem(cp, "risk.instrument.error.notList");
                    continue;
                }
                JsonObject holder = Json.createObjectBuilder().add("c", ca.get(i)).build();
                combinations.add(indicatorList(holder, "c", cp, known, true));
            }
        }
        return new HScale(weights, threshold == null ? 1 : threshold, combinations);
    }

    /**
     * {@code facts}: fact code to the indicators of this instrument that establish it; the first one also receives
     * it as a known answer in later forms. Optional.
     */
    private Map<String, List<String>> facts(JsonObject root, Set<String> known) {
        Map<String, List<String>> facts = new LinkedHashMap<>();
        if (!root.containsKey("facts")) {
            return facts;
        }
        if (!(root.get("facts") instanceof JsonObject fo)) {
            problem("$.facts", "risk.instrument.error.notObject");
            return facts;
        }
        Set<String> used = new HashSet<>();
        for (String fact : fo.keySet()) {
            String fp = "$.facts." + fact;
            if (!FACT.matcher(fact).matches()) {
                problem(fp, "risk.instrument.error.codeFormat", fact);
            }
            List<String> indicators = indicatorList(fo, fact, fp, known, true);
            for (String c : indicators) {
                if (!used.add(c)) {
                    problem(fp, "risk.instrument.error.duplicate", c);
                }
            }
            if (!indicators.isEmpty()) {
                facts.put(fact, indicators);
            }
        }
        return facts;
    }

    private MinorsRules minors(JsonObject root, Set<String> known) {
        JsonValue v = root.get("minors");
        if (v == null) {
            problem("$.minors", "risk.instrument.error.required");
            return null;
        }
        JsonObject mo = object(v, "$.minors");
        if (mo == null) {
            return null;
        }
        String presence = text(mo, "presenceIndicator", "$.minors.presenceIndicator", true);
        if (presence != null && !known.contains(presence)) {
            problem("$.minors.presenceIndicator", "risk.instrument.error.unknownIndicator", presence);
        }
        List<String> atRisk = List.of();
        RiskLevel atRiskFrom = null;
        List<String> vulnerable = List.of();
        RiskLevel vulnerableFrom = null;
        JsonObject ar = mo.containsKey("atRisk") ? object(mo.get("atRisk"), "$.minors.atRisk") : null;
        if (ar != null) {
            atRisk = indicatorList(ar, "anyOf", "$.minors.atRisk.anyOf", known, false);
            atRiskFrom = enumValue(RiskLevel.class, text(ar, "fromLevel", "$.minors.atRisk.fromLevel", false),
                    "$.minors.atRisk.fromLevel");
        }
        JsonObject vu = mo.containsKey("vulnerable") ? object(mo.get("vulnerable"), "$.minors.vulnerable") : null;
        if (vu != null) {
            vulnerable = indicatorList(vu, "anyOf", "$.minors.vulnerable.anyOf", known, false);
            vulnerableFrom = enumValue(RiskLevel.class, text(vu, "fromLevel", "$.minors.vulnerable.fromLevel", false),
                    "$.minors.vulnerable.fromLevel");
        }
        return new MinorsRules(presence, atRisk, atRiskFrom, vulnerable, vulnerableFrom);
    }

    // --- small typed readers that record problems instead of throwing ---

    private List<String> indicatorList(JsonObject o, String key, String path, Set<String> known, boolean required) {
        JsonArray arr = array(o, key, path, required);
        List<String> out = new ArrayList<>();
        if (arr == null) {
            return out;
        }
        if (required && arr.isEmpty()) {
            problem(path, "risk.instrument.error.emptyList");
        }
        for (int i = 0; i < arr.size(); i++) {
            JsonValue v = arr.get(i);
            if (!(v instanceof JsonString s)) {
                problem(path + "[" + i + "]", "risk.instrument.error.notText");
                continue;
            }
            if (!known.contains(s.getString())) {
                problem(path + "[" + i + "]", "risk.instrument.error.unknownIndicator", s.getString());
            }
            out.add(s.getString());
        }
        return out;
    }

    private String[] localized(JsonObject o, String key, String path) {
        JsonValue v = o.get(key);
        if (v == null) {
            problem(path, "risk.instrument.error.required");
            return new String[]{null, null};
        }
        if (v instanceof JsonString s) {
            return new String[]{s.getString(), null};
        }
        JsonObject lo = object(v, path);
        if (lo == null) {
            return new String[]{null, null};
        }
        String es = text(lo, "es", path + ".es", true);
        String en = text(lo, "en", path + ".en", false);
        return new String[]{es, en};
    }

    private String text(JsonObject o, String key, String path, boolean required) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                problem(path, "risk.instrument.error.required");
            }
            return null;
        }
        if (!(v instanceof JsonString s)) {
            problem(path, "risk.instrument.error.notText");
            return null;
        }
        if (s.getString().isBlank()) {
            if (required) {
                problem(path, "risk.instrument.error.required");
            }
            return null;
        }
        return s.getString().trim();
    }

    private Integer integer(JsonObject o, String key, String path, boolean required, int min, int max) {
        JsonValue v = o.get(key);
        if (v == null) {
            if (required) {
                problem(path, "risk.instrument.error.required");
            }
            return null;
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            problem(path, "risk.instrument.error.notInteger");
            return null;
        }
        long value = n.longValue();
        if (value < min || value > max) {
            problem(path, "risk.instrument.error.outOfRange", value, min, max == Integer.MAX_VALUE ? "∞" : max);
            return null;
        }
        return (int) value;
    }

    private JsonArray array(JsonObject o, String key, String path, boolean required) {
        JsonValue v = o.get(key);
        if (v == null) {
            if (required) {
                problem(path, "risk.instrument.error.required");
            }
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            problem(path, "risk.instrument.error.notList");
            return null;
        }
        return v.asJsonArray();
    }

    private JsonObject object(JsonValue v, String path) {
        if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
            problem(path, "risk.instrument.error.notObject");
            return null;
        }
        return v.asJsonObject();
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problem(path, "risk.instrument.error.unknownValue", value);
            return null;
        }
    }

    private void problem(String path, String key, Object... args) {
        problems.add(new InstrumentProblem(path, key, args));
    }
}
