package es.viogen.risk.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Typed reads of the fields of an instrument definition that record a problem (with its JSON path) instead of
 * throwing, so that a bad file is refused with every problem listed.
 */
final class DefinitionFields {

    private final List<InstrumentProblem> problems = new ArrayList<>();

    List<InstrumentProblem> problems() {
        return problems;
    }

    List<String> indicatorList(JsonObject o, String key, String path, Set<String> known, boolean required) {
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

    String[] localized(JsonObject o, String key, String path) {
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

    String text(JsonObject o, String key, String path, boolean required) {
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

    Integer integer(JsonObject o, String key, String path, boolean required, int min, int max) {
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

    JsonArray array(JsonObject o, String key, String path, boolean required) {
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

    JsonObject object(JsonValue v, String path) {
        if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
            problem(path, "risk.instrument.error.notObject");
            return null;
        }
        return v.asJsonObject();
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
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

    void problem(String path, String key, Object... args) {
        problems.add(new InstrumentProblem(path, key, args));
    }
}
