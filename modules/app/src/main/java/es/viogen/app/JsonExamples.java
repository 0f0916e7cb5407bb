package es.viogen.app;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Examples as JSON: an annotation can give an example only as text ({@code @ExampleObject(value = "{...}")}), which
 * the document would carry as one string; a JSON media type's example is the JSON value itself, so a partner (and the
 * contract test, which sends every request example) reads it as a body.
 */
final class JsonExamples {

    private JsonExamples() {
    }

    static void apply(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getRequestBody() != null) {
                content(op.getRequestBody().getContent());
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> content(r.getContent()));
            }
        }));
    }

    private static void content(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            if (type.contains("json")) {
                examples(media);
            }
        });
    }

    private static void examples(MediaType media) {
        if (media.getExamples() != null) {
            media.getExamples().values().forEach(e -> e.setValue(structured(e.getValue())));
        }
        if (media.getExample() != null) {
            media.setExample(structured(media.getExample()));
        }
    }

    /** The JSON value a text holds (objects as maps, arrays as lists), or the value unchanged. */
    static Object structured(Object value) {
        if (!(value instanceof String text) || !(text.stripLeading().startsWith("{") || text.stripLeading().startsWith("["))) {
            return value;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return java(reader.readValue());
        } catch (jakarta.json.JsonException e) {
            return value;
        }
    }

    private static Object java(JsonValue v) {
        switch (v.getValueType()) {
            case OBJECT:
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) v).forEach((k, x) -> map.put(k, java(x)));
                return map;
            case ARRAY:
                List<Object> list = new ArrayList<>();
                ((JsonArray) v).forEach(x -> list.add(java(x)));
                return list;
            case STRING:
                return ((JsonString) v).getString();
            case NUMBER:
                JsonNumber n = (JsonNumber) v;
                return n.isIntegral() ? (Object) n.longValueExact() : n.bigDecimalValue();
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }
}
