package es.viogen.platform.control;

import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.PlainText;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Size;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks a parsed JSON document against the Java type it is about to be bound to, before JSON-B sees it, so that no
 * value is silently changed by coercion: an {@code int} or {@code long} must be a JSON integer written without
 * fraction or exponent and within the type's range (no {@code 1.5}, {@code "12"}, {@code 1e3} or 32-bit wrap);
 * strings must be JSON strings without control characters (tab, line feed and carriage return aside) or broken
 * surrogates; booleans {@code true}/{@code false}; enums one of their names; dates ISO 8601 with a year between 1 and
 * 9999; records objects whose every key is a component (<b>unknown properties are refused</b>: a partner's typo must
 * not be dropped silently); collections arrays of at most {@code @Size(max)} elements (or {@value #DEFAULT_MAX_ITEMS})
 * and no null element; {@code null} only where the Java type is not primitive.
 * Types it does not know (a {@code JsonValue}, a {@code String} body) are only checked for control characters.
 *
 * <p>Errors name the field as the client wrote it ({@code victim.identity.birthDate}, {@code minors[3].age}).
 */
public final class JsonShape {

    /** Bound of a collection without {@code @Size(max)}. */
    public static final int DEFAULT_MAX_ITEMS = 100;
    /** At most this many errors are reported (a 10 000-element array of wrong values is one answer, not 10 000). */
    static final int MAX_ERRORS = 50;
    private static final int MAX_DECIMAL_DIGITS = 40;

    private final List<FieldError> errors = new ArrayList<>();

    private JsonShape() {
    }

    /**
     * @param value  the parsed body
     * @param target the generic type of the parameter it will be bound to
     * @return the problems, empty when the document fits the type
     */
    public static List<FieldError> check(JsonValue value, Type target) {
        JsonShape s = new JsonShape();
        s.value("", value, target, null);
        return List.copyOf(s.errors);
    }

    private void value(String path, JsonValue v, Type type, AnnotatedElement annotations) {
        if (errors.size() >= MAX_ERRORS) {
            return;
        }
        Class<?> raw = BodyTypes.raw(type);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (raw != null && raw.isPrimitive()) {
                error(path, "validation.json.null");
            }
            return;
        }
        if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            text(path, v);
            return;
        }
        if (raw == String.class || raw == CharSequence.class) {
            if (v instanceof JsonString s) {
                plain(path, s.getString());
            } else {
                error(path, "validation.json.string");
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (v.getValueType() != JsonValue.ValueType.TRUE && v.getValueType() != JsonValue.ValueType.FALSE) {
                error(path, "validation.json.boolean");
            }
        } else if (raw == int.class || raw == Integer.class) {
            integral(path, v, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (raw == long.class || raw == Long.class) {
            integral(path, v, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (raw == short.class || raw == Short.class) {
            integral(path, v, Short.MIN_VALUE, Short.MAX_VALUE);
        } else if (raw == byte.class || raw == Byte.class) {
            integral(path, v, Byte.MIN_VALUE, Byte.MAX_VALUE);
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class) {
            decimal(path, v);
        } else if (raw.isEnum()) {
            enumeration(path, v, raw);
        } else if (raw == LocalDate.class) {
            temporal(path, v, "validation.json.date", LocalDate::parse);
        } else if (raw == Instant.class) {
            temporal(path, v, "validation.json.dateTime", Instant::parse);
        } else if (raw == OffsetDateTime.class) {
            temporal(path, v, "validation.json.dateTime", OffsetDateTime::parse);
        } else if (raw == ZonedDateTime.class) {
            temporal(path, v, "validation.json.dateTime", ZonedDateTime::parse);
        } else if (raw == LocalDateTime.class) {
            temporal(path, v, "validation.json.dateTime", LocalDateTime::parse);
        } else if (raw.isRecord()) {
            record(path, v, raw);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            collection(path, v, BodyTypes.elementType(type, raw), annotations);
        } else if (Map.class.isAssignableFrom(raw)) {
            map(path, v, BodyTypes.mapValueType(type), annotations);
        } else {
            text(path, v);
        }
    }

    private void record(String path, JsonValue v, Class<?> type) {
        if (!(v instanceof JsonObject o)) {
            error(path, "validation.json.object");
            return;
        }
        Map<String, BodyTypes.Component> components = BodyTypes.components(type);
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            BodyTypes.Component c = components.get(e.getKey());
            if (c == null) {
                error(safeName(child), "validation.json.unknown");
            } else {
                value(child, e.getValue(), c.type(), c.annotations());
            }
        }
    }

    private void collection(String path, JsonValue v, Type element, AnnotatedElement annotations) {
        if (!(v instanceof JsonArray a)) {
            error(path, "validation.json.array");
            return;
        }
        int max = maxItems(annotations);
        if (a.size() > max) {
            error(path, "validation.json.tooMany", max);
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).getValueType() == JsonValue.ValueType.NULL) {
                // no list of the contract holds nulls
                error(path + "[" + i + "]", "validation.json.null");
                continue;
            }
            value(path + "[" + i + "]", a.get(i), element, null);
        }
    }

    private void map(String path, JsonValue v, Type valueType, AnnotatedElement annotations) {
        if (!(v instanceof JsonObject o)) {
            error(path, "validation.json.object");
            return;
        }
        int max = maxItems(annotations);
        if (o.size() > max) {
            error(path, "validation.json.tooMany", max);
            return;
        }
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            if (!plainText(e.getKey(), false)) {
                error(path, "validation.json.control");
                continue;
            }
            value(child, e.getValue(), valueType, null);
        }
    }

    private void integral(String path, JsonValue v, long min, long max) {
        if (!(v instanceof JsonNumber n)) {
            error(path, "validation.json.integer");
            return;
        }
        BigDecimal d = n.bigDecimalValue();
        // scale first: 1e999999999 must never be expanded; 1.5, 1.0 and 1e3 are not integers as written
        if (d.scale() != 0) {
            error(path, "validation.json.integer");
            return;
        }
        if (d.precision() > 19) {
            error(path, "validation.json.range", String.valueOf(min), String.valueOf(max));
            return;
        }
        long value;
        try {
            value = d.longValueExact();
        } catch (ArithmeticException e) {
            error(path, "validation.json.range", String.valueOf(min), String.valueOf(max));
            return;
        }
        if (value < min || value > max) {
            error(path, "validation.json.range", String.valueOf(min), String.valueOf(max));
        }
    }

    private void decimal(String path, JsonValue v) {
        if (!(v instanceof JsonNumber n)) {
            error(path, "validation.json.number");
            return;
        }
        BigDecimal d = n.bigDecimalValue();
        if (d.precision() > MAX_DECIMAL_DIGITS || Math.abs((long) d.scale()) > 300) {
            error(path, "validation.json.number");
        }
    }

    private void enumeration(String path, JsonValue v, Class<?> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (!(v instanceof JsonString s) || !names.contains(s.getString())) {
            error(path, "validation.json.enum", String.join(", ", names));
        }
    }

    private interface Parser {
        TemporalAccessor parse(CharSequence text);
    }

    private void temporal(String path, JsonValue v, String key, Parser parser) {
        if (!(v instanceof JsonString s) || s.getString().length() > 40) {
            error(path, key);
            return;
        }
        try {
            TemporalAccessor t = parser.parse(s.getString());
            long year = t instanceof Instant i ? i.atOffset(java.time.ZoneOffset.UTC).getYear() : t.getLong(ChronoField.YEAR);
            if (year < 1 || year > 9999) {
                error(path, key);
            }
        } catch (java.time.DateTimeException | ArithmeticException e) {
            error(path, key);
        }
    }

    /** Any value of an untyped part: only its strings are checked. */
    private void text(String path, JsonValue v) {
        switch (v.getValueType()) {
            case STRING -> plain(path, ((JsonString) v).getString());
            case ARRAY -> {
                JsonArray a = v.asJsonArray();
                for (int i = 0; i < a.size() && errors.size() < MAX_ERRORS; i++) {
                    text(path + "[" + i + "]", a.get(i));
                }
            }
            case OBJECT -> {
                for (Map.Entry<String, JsonValue> e : v.asJsonObject().entrySet()) {
                    if (!plainText(e.getKey(), false)) {
                        error(path, "validation.json.control");
                        return;
                    }
                    text(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue());
                }
            }
            default -> {
                // numbers, booleans: nothing to check without a type
            }
        }
    }

    private void plain(String path, String s) {
        if (!plainText(s, true)) {
            error(path, "validation.json.control");
        }
    }

    private static boolean plainText(String s, boolean lineBreaks) {
        return PlainText.Validator.isPlain(s, lineBreaks);
    }

    private void error(String path, String key, Object... args) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError(path.isEmpty() ? "body" : path, key, args));
        }
    }

    /** A client's unknown key goes back in the answer: only if it is short, plain text. */
    private static String safeName(String path) {
        if (path.length() > 200 || !plainText(path, false)) {
            return "body";
        }
        return path;
    }

    private static int maxItems(AnnotatedElement annotations) {
        Size size = annotations == null ? null : annotations.getAnnotation(Size.class);
        return size != null && size.max() < Integer.MAX_VALUE ? size.max() : DEFAULT_MAX_ITEMS;
    }
}
