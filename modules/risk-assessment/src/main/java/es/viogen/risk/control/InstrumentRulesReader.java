package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the rules of an instrument definition that refer to its indicators (red flags, the H scale, facts carried
 * forward, the minors' rules); every indicator named must be one of the instrument's ({@code known}).
 */
final class InstrumentRulesReader {

    private static final Pattern FACT = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private final DefinitionFields in;

    InstrumentRulesReader(DefinitionFields in) {
        this.in = in;
    }

    List<RedFlagRule> redFlags(JsonObject root, Set<String> known) {
        List<RedFlagRule> rules = new ArrayList<>();
        JsonArray arr = in.array(root, "redFlags", "$.redFlags", false);
        if (arr == null) {
            return rules;
        }
        Set<String> codes = new HashSet<>();
        for (int r = 0; r < arr.size(); r++) {
            String rp = "$.redFlags[" + r + "]";
            JsonObject ro = in.object(arr.get(r), rp);
            if (ro == null) {
                continue;
            }
            String code = in.text(ro, "code", rp + ".code", true);
            if (code != null && !codes.add(code)) {
                in.problem(rp + ".code", "risk.instrument.error.duplicate", code);
            }
            String[] label = in.localized(ro, "label", rp + ".label");
            List<String> allOf = in.indicatorList(ro, "allOf", rp + ".allOf", known, true);
            RiskLevel min = in.enumValue(RiskLevel.class, in.text(ro, "minimumLevel", rp + ".minimumLevel", true),
                    rp + ".minimumLevel");
            rules.add(new RedFlagRule(code, label[0], label[1], allOf, min));
        }
        return rules;
    }

    HScale hScale(JsonObject root, Set<String> known) {
        JsonValue v = root.get("hScale");
        if (v == null) {
            in.problem("$.hScale", "risk.instrument.error.required");
            return null;
        }
        JsonObject ho = in.object(v, "$.hScale");
        if (ho == null) {
            return null;
        }
        Integer threshold = in.integer(ho, "threshold", "$.hScale.threshold", true, 1, Integer.MAX_VALUE);
        Map<String, Integer> weights = new LinkedHashMap<>();
        JsonValue wv = ho.get("weights");
        if (!(wv instanceof JsonObject wo) || wo.isEmpty()) {
            in.problem("$.hScale.weights", "risk.instrument.error.hScaleWeights");
        } else {
            for (String k : wo.keySet()) {
                String wp = "$.hScale.weights." + k;
                if (!known.contains(k)) {
                    in.problem(wp, "risk.instrument.error.unknownIndicator", k);
                }
                Integer w = in.integer(wo, k, wp, true, 1, InstrumentReader.MAX_WEIGHT);
                if (w != null) {
                    weights.put(k, w);
                }
            }
        }
        if (threshold != null && !weights.isEmpty()
                && threshold > weights.values().stream().mapToInt(Integer::intValue).sum()) {
            in.problem("$.hScale.threshold", "risk.instrument.error.hScaleUnreachable", threshold);
        }
        List<List<String>> combinations = new ArrayList<>();
        if (ho.containsKey("combinations")) {
            JsonArray ca = in.array(ho, "combinations", "$.hScale.combinations", true);
            for (int i = 0; ca != null && i < ca.size(); i++) {
                String cp = "$.hScale.combinations[" + i + "]";
                if (!(ca.get(i) instanceof JsonArray)) {
                    in.problem(cp, "risk.instrument.error.notList");
                    continue;
                }
                JsonObject holder = Json.createObjectBuilder().add("c", ca.get(i)).build();
                combinations.add(in.indicatorList(holder, "c", cp, known, true));
            }
        }
        return new HScale(weights, threshold == null ? 1 : threshold, combinations);
    }

    /**
     * {@code facts}: fact code to the indicators of this instrument that establish it; the first one also receives
     * it as a known answer in later forms. Optional.
     */
    Map<String, List<String>> facts(JsonObject root, Set<String> known) {
        Map<String, List<String>> facts = new LinkedHashMap<>();
        if (!root.containsKey("facts")) {
            return facts;
        }
        if (!(root.get("facts") instanceof JsonObject fo)) {
            in.problem("$.facts", "risk.instrument.error.notObject");
            return facts;
        }
        Set<String> used = new HashSet<>();
        for (String fact : fo.keySet()) {
            String fp = "$.facts." + fact;
            if (!FACT.matcher(fact).matches()) {
                in.problem(fp, "risk.instrument.error.codeFormat", fact);
            }
            List<String> indicators = in.indicatorList(fo, fact, fp, known, true);
            for (String c : indicators) {
                if (!used.add(c)) {
                    in.problem(fp, "risk.instrument.error.duplicate", c);
                }
            }
            if (!indicators.isEmpty()) {
                facts.put(fact, indicators);
            }
        }
        return facts;
    }

    MinorsRules minors(JsonObject root, Set<String> known) {
        JsonValue v = root.get("minors");
        if (v == null) {
            in.problem("$.minors", "risk.instrument.error.required");
            return null;
        }
        JsonObject mo = in.object(v, "$.minors");
        if (mo == null) {
            return null;
        }
        String presence = in.text(mo, "presenceIndicator", "$.minors.presenceIndicator", true);
        if (presence != null && !known.contains(presence)) {
            in.problem("$.minors.presenceIndicator", "risk.instrument.error.unknownIndicator", presence);
        }
        List<String> atRisk = List.of();
        RiskLevel atRiskFrom = null;
        List<String> vulnerable = List.of();
        RiskLevel vulnerableFrom = null;
        JsonObject ar = mo.containsKey("atRisk") ? in.object(mo.get("atRisk"), "$.minors.atRisk") : null;
        if (ar != null) {
            atRisk = in.indicatorList(ar, "anyOf", "$.minors.atRisk.anyOf", known, false);
            atRiskFrom = in.enumValue(RiskLevel.class, in.text(ar, "fromLevel", "$.minors.atRisk.fromLevel", false),
                    "$.minors.atRisk.fromLevel");
        }
        JsonObject vu = mo.containsKey("vulnerable") ? in.object(mo.get("vulnerable"), "$.minors.vulnerable") : null;
        if (vu != null) {
            vulnerable = in.indicatorList(vu, "anyOf", "$.minors.vulnerable.anyOf", known, false);
            vulnerableFrom = in.enumValue(RiskLevel.class, in.text(vu, "fromLevel", "$.minors.vulnerable.fromLevel", false),
                    "$.minors.vulnerable.fromLevel");
        }
        return new MinorsRules(presence, atRisk, atRiskFrom, vulnerable, vulnerableFrom);
    }
}
