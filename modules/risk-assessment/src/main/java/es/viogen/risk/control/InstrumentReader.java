package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;
import es.viogen.risk.api.AssessmentKind;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
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
    private static final Pattern INDICATOR_CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    static final int MAX_WEIGHT = 100;

    private final DefinitionFields in = new DefinitionFields();
    private final InstrumentRulesReader rules = new InstrumentRulesReader(in);

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

        String code = in.text(root, "code", "$.code", true);
        if (code != null && !CODE.matcher(code).matches()) {
            in.problem("$.code", "risk.instrument.error.codeFormat", code);
        }
        String version = in.text(root, "version", "$.version", true);
        if (version != null && !VERSION.matcher(version).matches()) {
            in.problem("$.version", "risk.instrument.error.versionFormat", version);
        }
        AssessmentKind kind = in.enumValue(AssessmentKind.class, in.text(root, "kind", "$.kind", true), "$.kind");
        String[] title = in.localized(root, "title", "$.title");
        String[] notice = in.localized(root, "notice", "$.notice");
        double minimumConfidence = 0.75;
        if (root.containsKey("minimumConfidence")) {
            JsonValue mc = root.get("minimumConfidence");
            if (mc instanceof JsonNumber n && n.doubleValue() >= 0 && n.doubleValue() <= 1) {
                minimumConfidence = n.doubleValue();
            } else {
                in.problem("$.minimumConfidence", "risk.instrument.error.confidenceRange");
            }
        }

        List<Factor> factors = factors(root);
        Set<String> known = new HashSet<>();
        factors.forEach(f -> f.indicators().forEach(i -> known.add(i.code())));
        List<CutPoint> cutPoints = cutPoints(root);
        List<RedFlagRule> redFlags = rules.redFlags(root, known);
        HScale hScale = rules.hScale(root, known);
        MinorsRules minors = rules.minors(root, known);
        Map<String, List<String>> facts = rules.facts(root, known);
        String victimBelief = null;
        if (root.containsKey("victimBelief")) {
            victimBelief = in.text(root, "victimBelief", "$.victimBelief", true);
            if (victimBelief != null && !known.contains(victimBelief)) {
                in.problem("$.victimBelief", "risk.instrument.error.unknownIndicator", victimBelief);
            }
        }

        if (!in.problems().isEmpty()) {
            throw new InstrumentRejected(in.problems());
        }
        return new Instrument(code, version, kind, title[0], title[1], notice[0], notice[1], factors, cutPoints,
                redFlags, hScale, minors, minimumConfidence, facts, victimBelief);
    }

    private List<Factor> factors(JsonObject root) {
        List<Factor> factors = new ArrayList<>();
        JsonArray arr = in.array(root, "factors", "$.factors", true);
        if (arr == null) {
            return factors;
        }
        if (arr.isEmpty()) {
            in.problem("$.factors", "risk.instrument.error.emptyList");
        }
        Set<String> factorCodes = new HashSet<>();
        Set<String> indicatorCodes = new HashSet<>();
        for (int f = 0; f < arr.size(); f++) {
            String fp = "$.factors[" + f + "]";
            JsonObject fo = in.object(arr.get(f), fp);
            if (fo == null) {
                continue;
            }
            String fcode = in.text(fo, "code", fp + ".code", true);
            if (fcode != null && !factorCodes.add(fcode)) {
                in.problem(fp + ".code", "risk.instrument.error.duplicate", fcode);
            }
            String[] name = in.localized(fo, "name", fp + ".name");
            List<Indicator> indicators = new ArrayList<>();
            JsonArray ia = in.array(fo, "indicators", fp + ".indicators", true);
            if (ia != null) {
                if (ia.isEmpty()) {
                    in.problem(fp + ".indicators", "risk.instrument.error.emptyList");
                }
                for (int i = 0; i < ia.size(); i++) {
                    String ip = fp + ".indicators[" + i + "]";
                    JsonObject io = in.object(ia.get(i), ip);
                    if (io == null) {
                        continue;
                    }
                    String icode = in.text(io, "code", ip + ".code", true);
                    if (icode != null && !INDICATOR_CODE.matcher(icode).matches()) {
                        in.problem(ip + ".code", "risk.instrument.error.codeFormat", icode);
                    } else if (icode != null && !indicatorCodes.add(icode)) {
                        in.problem(ip + ".code", "risk.instrument.error.duplicate", icode);
                    }
                    Integer number = in.integer(io, "number", ip + ".number", false, 1, 999);
                    String[] text = in.localized(io, "text", ip + ".text");
                    Integer weight = in.integer(io, "weight", ip + ".weight", true, 0, MAX_WEIGHT);
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
        JsonArray arr = in.array(root, "cutPoints", "$.cutPoints", true);
        if (arr == null) {
            return cps;
        }
        if (arr.size() < 2) {
            in.problem("$.cutPoints", "risk.instrument.error.cutPointsTooFew");
            return cps;
        }
        for (int c = 0; c < arr.size(); c++) {
            String cp = "$.cutPoints[" + c + "]";
            JsonObject co = in.object(arr.get(c), cp);
            if (co == null) {
                continue;
            }
            RiskLevel level = in.enumValue(RiskLevel.class, in.text(co, "level", cp + ".level", true), cp + ".level");
            Integer min = in.integer(co, "minScore", cp + ".minScore", true, 0, Integer.MAX_VALUE);
            if (level == null || min == null) {
                continue;
            }
            if (cps.isEmpty() && min != 0) {
                in.problem(cp + ".minScore", "risk.instrument.error.firstCutPointNotZero");
            }
            if (!cps.isEmpty()) {
                CutPoint prev = cps.get(cps.size() - 1);
                if (level.compareTo(prev.level()) <= 0) {
                    in.problem(cp + ".level", "risk.instrument.error.levelsNotAscending");
                }
                if (min <= prev.minScore()) {
                    in.problem(cp + ".minScore", "risk.instrument.error.scoresNotAscending");
                }
            }
            cps.add(new CutPoint(level, min));
        }
        return cps;
    }
}
