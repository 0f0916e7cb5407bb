package es.viogen.platform.control;

import es.viogen.platform.api.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class JsonShapeTest {

    enum Kind { A, B }

    record Item(int n, String s) {
    }

    record Body(Long caseId, int count, Integer distance, String name, boolean flag, LocalDate day, Instant at,
                Kind kind, @Size(max = 3) List<Item> items, List<String> tags, JsonValue free) {
    }

    private static List<FieldError> check(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return JsonShape.check(r.readValue(), Body.class);
        }
    }

    private static void refused(String json, String field, String key) {
        List<FieldError> errors = check(json);
        assertTrue(errors.stream().anyMatch(e -> e.field().equals(field) && e.messageKey().equals(key)),
                json + " -> " + errors);
    }

    @Test
    void aDocumentOfTheRightShapeIsAccepted() {
        assertEquals(List.of(), check("{\"caseId\":9007199254740993,\"count\":-3,\"distance\":null,\"name\":\"Ana\\nB\","
                + "\"flag\":true,\"day\":\"2024-02-29\",\"at\":\"2026-11-23T10:00:00Z\",\"kind\":\"B\","
                + "\"items\":[{\"n\":1,\"s\":\"x\"}],\"tags\":[],\"free\":{\"any\":[1.5,\"x\"]}}"));
        assertEquals(List.of(), check("{}"));
    }

    @Test
    void integersAreIntegersAsWritten() {
        refused("{\"caseId\":1.5}", "caseId", "validation.json.integer");
        refused("{\"caseId\":1.0}", "caseId", "validation.json.integer");
        refused("{\"caseId\":\"12\"}", "caseId", "validation.json.integer");
        refused("{\"caseId\":1e3}", "caseId", "validation.json.integer");
        refused("{\"caseId\":1E+3}", "caseId", "validation.json.integer");
        refused("{\"caseId\":true}", "caseId", "validation.json.integer");
        refused("{\"caseId\":[1]}", "caseId", "validation.json.integer");
        refused("{\"count\":\"1\"}", "count", "validation.json.integer");
    }

    @Test
    void noWrapAroundOrHugeNumbers() {
        refused("{\"distance\":4294967796}", "distance", "validation.json.range");
        refused("{\"count\":2147483648}", "count", "validation.json.range");
        refused("{\"caseId\":9223372036854775808}", "caseId", "validation.json.range");
        refused("{\"caseId\":" + "9".repeat(1000) + "}", "caseId", "validation.json.range");
        long start = System.nanoTime();
        refused("{\"caseId\":1e999999999}", "caseId", "validation.json.integer");
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "a huge exponent is never expanded");
        assertEquals(List.of(), check("{\"count\":2147483647,\"caseId\":-9223372036854775808}"));
    }

    @Test
    void primitivesCannotBeNullAndBooleansAreBooleans() {
        refused("{\"count\":null}", "count", "validation.json.null");
        refused("{\"flag\":null}", "flag", "validation.json.null");
        refused("{\"flag\":\"true\"}", "flag", "validation.json.boolean");
        refused("{\"flag\":1}", "flag", "validation.json.boolean");
    }

    @Test
    void textsAreStringsWithoutControlCharacters() {
        refused("{\"name\":12}", "name", "validation.json.string");
        refused("{\"name\":\"a\\u0000b\"}", "name", "validation.json.control");
        refused("{\"name\":\"a\\u001bb\"}", "name", "validation.json.control");
        refused("{\"name\":\"a\\u0085b\"}", "name", "validation.json.control");
        refused("{\"name\":\"a\\ud800b\"}", "name", "validation.json.control");
        refused("{\"name\":\"\\udc00\"}", "name", "validation.json.control");
        refused("{\"tags\":[\"ok\",\"\\u0000\"]}", "tags[1]", "validation.json.control");
        refused("{\"free\":{\"k\":\"\\u0000\"}}", "free.k", "validation.json.control");
        assertEquals(List.of(), check("{\"name\":\"Begoña 😀\\t\\r\\n\"}"));
    }

    @Test
    void datesAreIsoWithFourDigitYears() {
        refused("{\"day\":\"+1000000-01-01\"}", "day", "validation.json.date");
        refused("{\"day\":\"0000-01-01\"}", "day", "validation.json.date");
        refused("{\"day\":\"-0001-01-01\"}", "day", "validation.json.date");
        refused("{\"day\":\"2024-02-30\"}", "day", "validation.json.date");
        refused("{\"day\":\"24/02/2024\"}", "day", "validation.json.date");
        refused("{\"day\":20240224}", "day", "validation.json.date");
        refused("{\"at\":\"+999999-01-01T00:00:00Z\"}", "at", "validation.json.dateTime");
        refused("{\"at\":\"2026-11-23T10:00:00\"}", "at", "validation.json.dateTime");
        assertEquals(List.of(), check("{\"day\":\"0001-01-01\",\"at\":\"9999-12-31T23:59:59Z\"}"));
    }

    @Test
    void enumsRecordsAndCollections() {
        refused("{\"kind\":\"C\"}", "kind", "validation.json.enum");
        refused("{\"kind\":0}", "kind", "validation.json.enum");
        refused("{\"items\":{}}", "items", "validation.json.array");
        refused("{\"items\":[1]}", "items[0]", "validation.json.object");
        refused("{\"items\":[{\"n\":1},{\"n\":1.5}]}", "items[1].n", "validation.json.integer");
        refused("{\"items\":[{},{},{},{}]}", "items", "validation.json.tooMany");
        refused("{\"tags\":[" + "\"t\",".repeat(100) + "\"t\"]}", "tags", "validation.json.tooMany");
        refused("[]", "body", "validation.json.object");
        refused("\"x\"", "body", "validation.json.object");
    }

    @Test
    void unknownPropertiesAreRefusedByName() {
        refused("{\"caseid\":1}", "caseid", "validation.json.unknown");
        refused("{\"items\":[{\"n\":1,\"extra\":2}]}", "items[0].extra", "validation.json.unknown");
        refused("{\"a\\u0000\":1}", "body", "validation.json.unknown");
    }

    @Test
    void errorsAreBounded() {
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i < 500; i++) {
            many.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
        }
        assertEquals(JsonShape.MAX_ERRORS, check(many.append('}').toString()).size());
    }
}
