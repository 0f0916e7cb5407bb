package es.viogen.measures.boundary;

import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON request body field by field, collecting errors that name the field (400 problem+json). */
final class JsonInput {

    private final JsonObject o;
    private final List<FieldError> errors = new ArrayList<>();

    private JsonInput(JsonObject o) {
        this.o = o;
    }

    static JsonInput of(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInput("body", "measures.validation.required");
        }
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return new JsonInput(r.readObject());
        } catch (JsonParsingException | ClassCastException | IllegalStateException e) {
            throw new InvalidInput("body", "measures.validation.json");
        }
    }

    String string(String field) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        errors.add(new FieldError(field, "measures.validation.format"));
        return null;
    }

    Integer integer(String field) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            return n.intValue();
        }
        errors.add(new FieldError(field, "measures.validation.format"));
        return null;
    }

    LocalDate date(String field) {
        String s = string(field);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "measures.validation.format"));
            return null;
        }
    }

    Instant instant(String field) {
        String s = string(field);
        try {
            return s == null ? null : Instant.parse(s);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "measures.validation.format"));
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String s = string(field);
        try {
            return s == null ? null : Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "measures.validation.format"));
            return null;
        }
    }

    /** Throws the collected format errors, if any. */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
