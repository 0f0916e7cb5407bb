package es.viogen.app.platform;

import es.viogen.app.support.Api;
import es.viogen.app.support.HostileFixtures;
import es.viogen.app.support.TestEnvironment;
import es.viogen.platform.control.JwtCodec;
import es.viogen.platform.control.KeyPems;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 10, item 7 (REST half): a data-driven corpus of hostile requests, one per line in
 * {@code src/test/resources/hostile/rest/<category>.txt}. For each request: no 5xx; a refusal is
 * {@code application/problem+json} and names no Java class nor shows a stack trace; no row is written in any table a
 * request could write ({@link HostileFixtures#WRITTEN_TABLES}); the expected status when the line gives one; and the
 * server still answers after each category. Counts per category are printed (requests, statuses, 5xx, rows written).
 *
 * <p>Line format: {@code METHOD PATH | options | body}; options are comma-separated {@code name=value}:
 * {@code as} (who calls: {@code partner} — every scope, the default —, {@code anon}, {@code readonly},
 * {@code leon}, {@code prison}, or a forged token {@code garbage}, {@code alg-none}, {@code tampered},
 * {@code expired}, {@code wrong-issuer}, {@code hs256}, {@code basic}, {@code empty-bearer}),
 * {@code key} ({@code none}, or a literal Idempotency-Key; a fresh one otherwise), {@code ct} (Content-Type),
 * {@code accept}, {@code container=true} (refused by the HTTP server before the application, so without a problem
 * body), {@code expect} (the status; without it a GET may answer anything but 5xx, any other method must be
 * refused with a 4xx). The body is literal JSON, or {@code @template patch && patch...} where a
 * template is a valid body of an operation and a patch {@code a.b[0].c=RAW} puts RAW (any text, malformed included)
 * at that place or {@code -a.b} removes it. Placeholders: {@code ${case}}, {@code ${order}}, {@code ${measure}},
 * {@code ${unit}}, {@code ${unitLeon}}, {@code ${today}}, {@code ${yesterday}}, {@code ${dni}}, {@code ${replayKey}},
 * generators {@code ${str:N}} (N x's), {@code ${nest:N}}, {@code ${minors:N}}, {@code ${list:N}} (N event types),
 * {@code ${bytes:HEX}} (raw bytes).
 */
class RestHostileCorpusIT {

    private static final List<String> CATEGORIES = List.of("malformed-json", "type-coercion", "ranges", "control-chars",
            "collections", "big-bodies", "tokens", "scopes", "params", "idempotency", "methods-media");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)(?::([^}]*))?}");

    record Line(String category, int number, String method, String path, Map<String, String> options, String body) {
        @Override
        public String toString() {
            return category + ":" + number + " " + method + " " + path;
        }
    }

    static final class Tally {
        int requests;
        int serverErrors;
        long rowsWritten;
        final Map<Integer, Integer> statuses = new TreeMap<>();
    }

    private Api partner;
    /**
     * HTTP/1.1, as partners' middleware speaks it. (Over cleartext HTTP/2 a request with a 5 000-character URL made
     * the server reset the stream, and every later request on that connection got 431.)
     */
    private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
            .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
    private final Map<String, String> vars = new LinkedHashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, JsonObject> templates = new LinkedHashMap<>();

    @Test
    void everyHostileRequestIsRefusedCleanlyAndWritesNothing() throws Exception {
        arrange();
        List<String> failures = new ArrayList<>();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        int total = 0;
        for (String category : CATEGORIES) {
            Tally tally = new Tally();
            tallies.put(category, tally);
            for (Line line : read(category)) {
                total++;
                tally.requests++;
                Map<String, Long> before = HostileFixtures.rowCounts();
                Api.Reply r;
                try {
                    r = send(line);
                } catch (RuntimeException e) {
                    failures.add(line + ": no answer (" + e + ")");
                    continue;
                }
                Map<String, Long> written = HostileFixtures.written(before, HostileFixtures.rowCounts());
                tally.statuses.merge(r.status(), 1, Integer::sum);
                written.values().forEach(n -> tally.rowsWritten += n);
                if (r.status() >= 500) {
                    tally.serverErrors++;
                }
                check(line, r, written, failures);
            }
            long started = System.nanoTime();
            Api.Reply live = Api.demo().get("/health/live");
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (live.status() != 200 || millis > 2000) {
                failures.add(category + ": the server did not answer at once afterwards (" + live.status() + ", "
                        + millis + " ms)");
            }
        }
        System.out.println("[rest-hostile-corpus] category          requests  5xx  rows written  statuses");
        tallies.forEach((c, t) -> System.out.printf("[rest-hostile-corpus] %-18s %8d %4d %13d  %s%n", c, t.requests,
                t.serverErrors, t.rowsWritten, t.statuses));
        System.out.printf("[rest-hostile-corpus] total %d requests, %d failures%n", total, failures.size());
        assertTrue(total >= 250, "the corpus has " + total + " requests");
        assertEquals(List.of(), failures);
    }

    private void check(Line line, Api.Reply r, Map<String, Long> written, List<String> failures) {
        String expect = line.options().get("expect");
        String body = r.body() == null ? "" : r.body();
        String shortBody = body.length() > 300 ? body.substring(0, 300) + "..." : body;
        if (r.status() >= 500) {
            failures.add(line + ": " + r.status() + " " + shortBody);
            return;
        }
        if (expect != null && !expect.equals(String.valueOf(r.status()))) {
            failures.add(line + ": expected " + expect + ", got " + r.status() + " " + shortBody);
        } else if (expect == null && r.status() < 400 && !line.method().equals("GET")) {
            failures.add(line + ": accepted with " + r.status() + " " + shortBody);
        }
        // container=true: refused by the HTTP server before the application (e.g. %00 in a path): no problem body
        if (r.status() >= 400 && !"true".equals(line.options().get("container"))) {
            if (!r.contentType().startsWith("application/problem+json")) {
                failures.add(line + ": " + r.status() + " with content type '" + r.contentType() + "' " + shortBody);
            } else {
                try {
                    JsonObject p = Json.createReader(new StringReader(body)).readObject();
                    if (p.getInt("status", -1) != r.status()) {
                        failures.add(line + ": problem status " + p.get("status") + " for HTTP " + r.status());
                    }
                } catch (RuntimeException e) {
                    failures.add(line + ": problem body is not JSON: " + shortBody);
                }
            }
        }
        List<String> leaks = HostileFixtures.leaks(body);
        if (!leaks.isEmpty()) {
            failures.add(line + ": the answer shows " + leaks + ": " + shortBody);
        }
        if (!written.isEmpty()) {
            failures.add(line + ": wrote " + written);
        }
    }

    // ---- arranging: a partner with every scope, its case and order, forged tokens, templates

    private void arrange() throws Exception {
        String client = HostileFixtures.allScopesPartner();
        partner = Api.demo().as(client, HostileFixtures.SECRET);
        long unit = HostileFixtures.unitId("UFAM-VA");
        Api.Reply created = partner.post("/api/v1/cases", HostileFixtures.newCase(unit).toString(), fresh());
        assertEquals(201, created.status(), created.body());
        long caseId = created.json().getJsonNumber("id").longValue();
        LocalDate today = LocalDate.now();
        Api.Reply order = partner.post("/api/v1/cases/" + caseId + "/judicial-orders", """
                {"type":"RESTRAINING_DISTANCE","court":"Juzgado de Violencia sobre la Mujer 1","procedureNumber":"VSM 1/2026",
                 "startsOn":"%s","endsOn":"%s","distanceMetres":500,"notes":"orden de alejamiento"}
                """.formatted(today, today.plusYears(1)), fresh());
        assertEquals(201, order.status(), order.body());
        String replayKey = "hostile-replay-" + UUID.randomUUID();
        Api.Reply subscribed = partner.post("/api/v1/partner/subscriptions",
                "{\"eventTypes\":[\"LEVEL_CHANGED\"],\"callbackUrl\":\"http://127.0.0.1:9/hostile\"}",
                Map.of("Idempotency-Key", replayKey));
        assertEquals(201, subscribed.status(), subscribed.body());

        vars.put("case", String.valueOf(caseId));
        vars.put("order", String.valueOf(order.json().getJsonNumber("id").longValue()));
        long measure = HostileFixtures.queryLong("SELECT id FROM measures.plan_measure WHERE case_id = ? ORDER BY id LIMIT 1",
                caseId);
        vars.put("measure", String.valueOf(measure > 0 ? measure : 1));
        vars.put("unit", String.valueOf(unit));
        vars.put("unitLeon", String.valueOf(HostileFixtures.unitId("UFAM-LE")));
        vars.put("today", today.toString());
        vars.put("yesterday", Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        vars.put("replayKey", replayKey);

        String yesterday = vars.get("yesterday");
        templates.put("case", HostileFixtures.newCase(unit));
        templates.put("incident", json("{\"type\":\"THREAT\",\"occurredAt\":\"" + yesterday + "\",\"place\":\"Calle Mayor\","
                + "\"description\":\"Llamadas amenazantes\",\"source\":\"víctima\"}"));
        templates.put("transfer", json("{\"toUnitId\":" + vars.get("unitLeon") + ",\"newMunicipalityCode\":\"24089\","
                + "\"reason\":\"Cambio de domicilio\"}"));
        templates.put("inactivation", json("{\"supervised\":true,\"inPersonContactOn\":\"" + today + "\","
                + "\"judicialMeasureInForce\":false,\"vulnerabilityObserved\":false,\"note\":\"sin riesgo\"}"));
        templates.put("order", json("{\"type\":\"RESTRAINING_DISTANCE\",\"court\":\"Juzgado VSM 2\",\"procedureNumber\":"
                + "\"VSM 2/2026\",\"startsOn\":\"" + today + "\",\"endsOn\":\"" + today.plusYears(1) + "\","
                + "\"distanceMetres\":300,\"notes\":\"alejamiento\"}"));
        templates.put("breach", json("{\"occurredAt\":\"" + yesterday + "\",\"description\":\"Se acercó al domicilio\"}"));
        templates.put("execution", json("{\"executedAt\":\"" + yesterday + "\",\"notes\":\"contacto hecho\"}"));
        templates.put("prison", json("{\"caseId\":" + caseId + ",\"type\":\"PRISON_PERMIT\",\"occurredAt\":\"" + yesterday
                + "\",\"startsOn\":\"" + today.plusDays(2) + "\",\"endsOn\":\"" + today.plusDays(5) + "\","
                + "\"facility\":\"Centro Penitenciario de Villanubla\",\"reason\":\"Permiso ordinario\"}"));
        templates.put("subscription", json("{\"eventTypes\":[\"LEVEL_CHANGED\",\"CASE_TRANSFERRED\"],"
                + "\"callbackUrl\":\"http://127.0.0.1:9/hostile-" + UUID.randomUUID() + "\"}"));

        forgeTokens(client);
    }

    private void forgeTokens(String client) throws Exception {
        String real = partner.token();
        String[] parts = real.split("\\.");
        JsonObject header = json(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
        JsonObject claims = json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        String privatePem;
        String publicPem;
        try (Connection c = TestEnvironment.get().connect(); var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT private_key_pem, public_key_pem FROM platform.signing_key "
                     + "WHERE kid = '" + header.getString("kid", "viogen-1").replace("'", "") + "'")) {
            assertTrue(rs.next(), "the demo signing key is in the database");
            privatePem = rs.getString(1);
            publicPem = rs.getString(2);
        }
        var key = KeyPems.privateKey(privatePem);
        long now = Instant.now().getEpochSecond();
        String kid = header.getString("kid", "viogen-1");
        tokens.put("expired", JwtCodec.sign(with(claims, Map.of("iat", Json.createValue(now - 7200),
                "exp", Json.createValue(now - 3600))), kid, key));
        tokens.put("wrong-issuer", JwtCodec.sign(with(claims, Map.of("iss", Json.createValue("urn:evil"))), kid, key));
        String tamperedClaims = b64(with(claims, Map.of("scope", Json.createValue(HostileFixtures.ALL_SCOPES + " admin"),
                "upn", Json.createValue("juzgado-valladolid"))).toString());
        tokens.put("tampered", parts[0] + "." + tamperedClaims + "." + parts[2]);
        tokens.put("alg-none", b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
        String hsHeader = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(publicPem.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        String signingInput = hsHeader + "." + parts[1];
        tokens.put("hs256", signingInput + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII))));
        tokens.put("garbage", "abc.def.ghi");
        tokens.put("readonly", Api.demo().as(HostileFixtures.partner("cases:read", "07", "47"), HostileFixtures.SECRET).token());
        tokens.put("leon", Api.demo().as(HostileFixtures.partner(HostileFixtures.ALL_SCOPES, "07", "24"),
                HostileFixtures.SECRET).token());
        tokens.put("prison", Api.demo().as("prisiones-valladolid", HostileFixtures.SECRET).token());
        assertNotNull(client);
    }

    private static JsonObject with(JsonObject o, Map<String, JsonValue> changes) {
        JsonObjectBuilder b = Json.createObjectBuilder(o);
        changes.forEach(b::add);
        return b.build();
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }

    private static Map<String, String> fresh() {
        return Map.of("Idempotency-Key", "hostile-" + UUID.randomUUID());
    }

    // ---- the corpus files

    private static List<Line> read(String category) throws IOException {
        String resource = "/hostile/rest/" + category + ".txt";
        List<Line> out = new ArrayList<>();
        try (InputStream in = RestHostileCorpusIT.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int n = 0;
            while ((text = r.readLine()) != null) {
                n++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] f = text.split(" \\|", 3);
                String[] head = f[0].trim().split(" ", 2);
                Map<String, String> options = new LinkedHashMap<>();
                if (f.length > 1 && !f[1].isBlank()) {
                    for (String o : f[1].trim().split(",")) {
                        int eq = o.indexOf('=');
                        if (eq > 0) {
                            options.put(o.substring(0, eq).trim(), o.substring(eq + 1).trim());
                        }
                    }
                }
                String body = f.length > 2 ? f[2].trim() : "";
                boolean withBody = !body.isEmpty() || !List.of("GET", "DELETE").contains(head[0]);
                out.add(new Line(category, n, head[0], head[1], options, withBody ? body : null));
            }
        }
        return out;
    }

    private Api.Reply send(Line line) {
        String path = expand(line.path(), true);
        byte[] body = line.body() == null ? null : body(line.body());
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestEnvironment.get().baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        b.header("Accept", line.options().getOrDefault("accept", "application/json, application/problem+json"));
        String as = line.options().getOrDefault("as", "partner");
        switch (as) {
            case "anon" -> {
            }
            case "partner" -> b.header("Authorization", "Bearer " + partner.token());
            case "basic" -> b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString("juzgado-valladolid:viogen-demo".getBytes(StandardCharsets.UTF_8)));
            case "empty-bearer" -> b.header("Authorization", "Bearer");
            default -> {
                String t = tokens.get(as);
                assertNotNull(t, line + ": no token kind " + as);
                b.header("Authorization", "Bearer " + t);
            }
        }
        String key = line.options().getOrDefault("key", "hostile-" + UUID.randomUUID());
        if (!key.equals("none")) {
            b.header("Idempotency-Key", expand(key, false));
        }
        if (body != null) {
            b.header("Content-Type", line.options().getOrDefault("ct", "application/json"));
        }
        b.method(line.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            var res = http.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Reply(res.statusCode(), res.headers().firstValue("Content-Type").orElse(""), res.body(), res);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private byte[] body(String spec) {
        String s = spec.trim();
        Matcher raw = Pattern.compile("^\\$\\{bytes:([0-9A-Fa-f ]+)}$").matcher(s);
        if (raw.matches()) {
            return HexFormat.of().parseHex(raw.group(1).replace(" ", ""));
        }
        if (s.startsWith("@")) {
            int space = s.indexOf(' ');
            String name = space < 0 ? s.substring(1) : s.substring(1, space);
            JsonObject template = templates.get(name);
            assertNotNull(template, "no template " + name);
            String patches = space < 0 ? "" : s.substring(space + 1);
            return expand(patch(template, patches), false).getBytes(StandardCharsets.UTF_8);
        }
        return expand(s, false).getBytes(StandardCharsets.UTF_8);
    }

    /** Applies {@code a.b[0].c=RAW && -x.y} to a template; RAW goes in as written (it may be malformed). */
    static String patch(JsonObject template, String patches) {
        Map<String, String> markers = new LinkedHashMap<>();
        JsonValue doc = template;
        int i = 0;
        for (String p : patches.isBlank() ? new String[0] : patches.split(" && ")) {
            p = p.trim();
            if (p.startsWith("-")) {
                doc = apply(doc, steps(p.substring(1)), 0, null);
            } else {
                int eq = p.indexOf('=');
                String marker = "__patch_" + (i++) + "__";
                markers.put("\"" + marker + "\"", p.substring(eq + 1));
                doc = apply(doc, steps(p.substring(0, eq)), 0, Json.createValue(marker));
            }
        }
        String out = doc.toString();
        for (Map.Entry<String, String> m : markers.entrySet()) {
            out = out.replace(m.getKey(), m.getValue());
        }
        return out;
    }

    private static List<String> steps(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("\\.")) {
            Matcher m = Pattern.compile("([^\\[]+)((?:\\[\\d+])*)").matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException(path);
            }
            out.add(m.group(1));
            Matcher idx = Pattern.compile("\\[(\\d+)]").matcher(m.group(2));
            while (idx.find()) {
                out.add("#" + idx.group(1));
            }
        }
        return out;
    }

    /** The document with the value at {@code steps} replaced (or removed, when {@code value} is null). */
    private static JsonValue apply(JsonValue doc, List<String> steps, int at, JsonValue value) {
        String step = steps.get(at);
        boolean last = at == steps.size() - 1;
        if (step.startsWith("#")) {
            int index = Integer.parseInt(step.substring(1));
            var b = Json.createArrayBuilder(doc.asJsonArray());
            if (last) {
                if (value == null) {
                    b.remove(index);
                } else if (index < doc.asJsonArray().size()) {
                    b.set(index, value);
                } else {
                    b.add(value);
                }
            } else {
                b.set(index, apply(doc.asJsonArray().get(index), steps, at + 1, value));
            }
            return b.build();
        }
        JsonObjectBuilder b = Json.createObjectBuilder(doc.asJsonObject());
        if (last) {
            if (value == null) {
                b.remove(step);
            } else {
                b.add(step, value);
            }
        } else {
            JsonValue child = doc.asJsonObject().get(step);
            b.add(step, apply(child, steps, at + 1, value));
        }
        return b.build();
    }

    private String expand(String s, boolean inPath) {
        Matcher m = PLACEHOLDER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String arg = m.group(2);
            String value = switch (name) {
                case "str" -> "x".repeat(Integer.parseInt(arg));
                case "nest" -> "[".repeat(Integer.parseInt(arg)) + "]".repeat(Integer.parseInt(arg));
                case "minors" -> repeat(Integer.parseInt(arg),
                        "{\"firstName\":\"Leo\",\"age\":5,\"commonChild\":true,\"custodyArrangement\":\"materna\",\"school\":\"CEIP\"}");
                case "list" -> repeat(Integer.parseInt(arg), "\"LEVEL_CHANGED\"");
                case "dni" -> HostileFixtures.dni();
                default -> {
                    String v = vars.get(name);
                    assertNotNull(v, "no placeholder " + name);
                    yield v;
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String repeat(int n, String element) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(element);
        }
        return b.append(']').toString();
    }
}
