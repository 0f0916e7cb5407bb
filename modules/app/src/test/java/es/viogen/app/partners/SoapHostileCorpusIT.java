package es.viogen.app.partners;

import es.viogen.app.support.Api;
import es.viogen.app.support.TestEnvironment;
import es.viogen.platform.control.JwtCodec;
import es.viogen.platform.control.KeyPems;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static es.viogen.app.partners.PartnerFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The SOAP half of the hostile-input corpus (issue 10 item 7), driven by the data files in
 * {@code src/test/resources/hostile/soap/} (see the README there). For every request: a SOAP fault with a
 * {@code PartnerFault} detail carrying the expected code (HTTP 500, or the documented 405/413/415), {@code faultcode}
 * Client unless the code is ours, no Java class name or stack trace, nothing written in the watched tables, and the
 * server still answering after each category. Prints the counts per category.
 */
class SoapHostileCorpusIT {

    private static final String DIR = "/hostile/soap/";
    private static final String ENV_OPEN = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\" "
            + "xmlns:v=\"urn:viogen:partners:v1\">";
    private static final List<String> WATCHED = List.of("intake.case_file", "intake.victim", "intake.aggressor",
            "intake.minor", "intake.complaint", "intake.incident", "measures.judicial_order", "partners.prison_event",
            "partners.victim_notification", "partners.subscription", "partners.delivery");
    private static final Pattern LEAK = Pattern.compile("Exception|Error:|java\\.|javax\\.|jakarta\\.|com\\.sun|"
            + "org\\.glassfish|es\\.viogen|\\bat [a-z]+\\.[a-z]|\\.java:\\d+|PartnerServiceEndpoint|SoapOperations");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String base;
    private static final Map<String, String> AUTH = new LinkedHashMap<>();
    private static long caseId;
    private static long unitId;

    /** One request of the corpus. */
    record Case(String category, String name, Set<String> expect, String auth, String contentType, String method,
                String query, String action, byte[] body) {
    }

    /** What a category produced. */
    static final class Tally {
        int requests;
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final Map<String, Integer> codes = new TreeMap<>();
        long rowsWritten;
        final List<String> failures = new ArrayList<>();
    }

    @BeforeAll
    static void arrange() throws Exception {
        base = TestEnvironment.get().baseUrl();
        unitId = unitId("UFAM-VA");
        Api.Reply created = as(COURT).post("/api/v1/cases", newCaseJson(unitId), keyed(key()));
        assertEquals(201, created.status(), created.body());
        caseId = created.json().getJsonNumber("id").longValue();
        AUTH.put("court", "Bearer " + as(COURT).token());
        AUTH.put("prison", "Bearer " + as(PRISON).token());
        AUTH.put("support", "Bearer " + as(SUPPORT_LEON).token());
        AUTH.put("none", null);
        AUTH.put("garbage", "Bearer not-a-token");
        AUTH.put("bearer-empty", "Bearer ");
        String demoKey;
        try (Connection c = TestEnvironment.get().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT private_key_pem FROM platform.signing_key WHERE kid = 'demo'")) {
            assertTrue(rs.next(), "demo signing key");
            demoKey = rs.getString(1);
        }
        long now = Instant.now().getEpochSecond();
        AUTH.put("expired", "Bearer " + JwtCodec.sign(claims(COURT, "urn:viogen:issuer", now - 3600, now - 1800), "demo",
                KeyPems.privateKey(demoKey)));
        AUTH.put("wrong-issuer", "Bearer " + JwtCodec.sign(claims(COURT, "urn:evil", now, now + 600), "demo",
                KeyPems.privateKey(demoKey)));
        AUTH.put("forged", "Bearer " + JwtCodec.sign(claims(COURT, "urn:viogen:issuer", now, now + 600), "demo",
                KeyPems.generate().getPrivate()));
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}"
                .getBytes(StandardCharsets.UTF_8));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(claims(COURT, "urn:viogen:issuer", now,
                now + 600).toString().getBytes(StandardCharsets.UTF_8));
        AUTH.put("alg-none", "Bearer " + header + "." + payload + ".");
        // a partner deactivated after it got its token; and one whose Basic credentials are right but deactivated
        String gone = "corpus-" + UUID.randomUUID().toString().substring(0, 8);
        execute("INSERT INTO platform.partner_client (client_id, organisation, kind, secret_hash, scopes, region_code, "
                + "province_code) SELECT ?, organisation, kind, secret_hash, scopes, region_code, province_code "
                + "FROM platform.partner_client WHERE client_id = ?", gone, COURT);
        AUTH.put("deactivated", "Bearer " + as(gone).token());
        execute("UPDATE platform.partner_client SET active = false WHERE client_id = ?", gone);
        AUTH.put("basic-wrong", basic(COURT + ":wrong"));
        AUTH.put("basic-unknown", basic("nobody:" + SECRET));
        AUTH.put("basic-deactivated", basic(gone + ":" + SECRET));
        AUTH.put("basic-garbage", "Basic %%%not-base64");
    }

    private static JsonObject claims(String client, String issuer, long iat, long exp) {
        return Json.createObjectBuilder().add("iss", issuer).add("aud", "viogen-api").add("sub", client)
                .add("upn", client).add("groups", Json.createArrayBuilder().add("PARTNER"))
                .add("scope", "cases:read cases:write incidents:write judicial-orders:write prison-events:write")
                .add("iat", iat).add("exp", exp).add("jti", UUID.randomUUID().toString()).build();
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static void execute(String sql, Object... params) throws Exception {
        try (Connection c = TestEnvironment.get().connect(); var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    @Test
    void everyHostileSoapRequestIsRefusedCleanlyAndWritesNothing() throws Exception {
        List<Case> corpus = new ArrayList<>(handWritten());
        corpus.addAll(generated());
        Map<String, List<Case>> byCategory = new LinkedHashMap<>();
        for (Case c : corpus) {
            byCategory.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c);
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Map.Entry<String, List<Case>> e : byCategory.entrySet()) {
            Tally t = new Tally();
            tallies.put(e.getKey(), t);
            Map<String, Long> before = rows();
            for (Case c : e.getValue()) {
                run(c, t);
            }
            Map<String, Long> after = rows();
            for (String table : WATCHED) {
                long d = after.get(table) - before.get(table);
                t.rowsWritten += Math.abs(d);
                if (d != 0) {
                    t.failures.add(e.getKey() + ": " + d + " row(s) changed in " + table);
                }
            }
            HttpResponse<String> wsdl = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/ws/partners/v1?wsdl"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, wsdl.statusCode(), "the server still answers after " + e.getKey());
        }
        report(tallies);
        List<String> failures = new ArrayList<>();
        tallies.values().forEach(t -> failures.addAll(t.failures));
        assertTrue(corpus.size() >= 250, "at least 250 requests: " + corpus.size());
        assertEquals(List.of(), failures, failures.size() + " of " + corpus.size() + " requests misbehaved");
    }

    private static void run(Case c, Tally t) {
        t.requests++;
        String label = c.category() + " / " + c.name();
        HttpResponse<byte[]> r;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/ws/partners/v1"
                    + (c.query() == null ? "" : "?" + c.query()))).timeout(Duration.ofSeconds(20));
            if (c.contentType() != null) {
                b.header("Content-Type", c.contentType());
            }
            if (c.action() != null) {
                b.header("SOAPAction", "\"" + c.action() + "\"");
            }
            String auth = AUTH.get(c.auth());
            if (!AUTH.containsKey(c.auth())) {
                throw new IllegalArgumentException("unknown auth mode " + c.auth());
            }
            if (auth != null) {
                b.header("Authorization", auth);
            }
            b.method(c.method(), c.body().length == 0 && !"POST".equals(c.method()) ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(c.body()));
            r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            t.failures.add(label + ": no answer (" + e + ")");
            return;
        }
        t.statuses.merge(r.statusCode(), 1, Integer::sum);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        Matcher leak = LEAK.matcher(body);
        if (leak.find()) {
            t.failures.add(label + ": the answer names internals (" + leak.group() + "): " + shorten(body));
        }
        if (c.expect().contains("PAGE") && r.statusCode() != 500) {
            t.codes.merge("(page " + r.statusCode() + ")", 1, Integer::sum);
            if (!body.contains("?wsdl") || !(r.statusCode() == 200 || r.statusCode() == 404)) {
                t.failures.add(label + ": expected the service page, got " + r.statusCode() + " " + shorten(body));
            }
            return;
        }
        String[] fault = fault(r.body());
        if (fault == null) {
            t.codes.merge("(no fault)", 1, Integer::sum);
            if (!c.expect().contains("NONE") || r.statusCode() != 200) {
                t.failures.add(label + ": expected a fault " + c.expect() + ", got HTTP " + r.statusCode() + " "
                        + shorten(body));
            }
            return;
        }
        String faultcode = fault[0];
        String code = fault[1];
        t.codes.merge(code == null ? "(fault without PartnerFault)" : code, 1, Integer::sum);
        if (code == null) {
            t.failures.add(label + ": fault without a PartnerFault detail: " + shorten(body));
            return;
        }
        if (!c.expect().contains(code)) {
            t.failures.add(label + ": expected " + c.expect() + ", got " + code + " (" + fault[2] + ")");
        }
        int expectedStatus = switch (code) {
            case "PAYLOAD_TOO_LARGE" -> 413;
            case "UNSUPPORTED_MEDIA_TYPE" -> 415;
            case "METHOD_NOT_ALLOWED" -> 405;
            default -> 500;
        };
        if (r.statusCode() != expectedStatus) {
            t.failures.add(label + ": " + code + " answered with HTTP " + r.statusCode());
        }
        String expectedFaultcode = switch (code) {
            case "INTERNAL", "SERVICE_UNAVAILABLE", "CASE_REGISTRY_UNAVAILABLE" -> "Server";
            case "VERSION_MISMATCH" -> "VersionMismatch";
            case "MUST_UNDERSTAND" -> "MustUnderstand";
            default -> "Client";
        };
        if (!expectedFaultcode.equals(faultcode)) {
            t.failures.add(label + ": faultcode " + faultcode + " for " + code);
        }
        if (fault[2] == null || fault[2].isBlank()) {
            t.failures.add(label + ": no message");
        }
    }

    /** faultcode (local part), PartnerFault code and message; null when the answer is not a SOAP 1.1 fault. */
    private static String[] fault(byte[] body) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            Document d = builder.parse(new ByteArrayInputStream(body));
            NodeList faults = d.getElementsByTagNameNS("http://schemas.xmlsoap.org/soap/envelope/", "Fault");
            if (faults.getLength() == 0) {
                return null;
            }
            Element fault = (Element) faults.item(0);
            NodeList fc = fault.getElementsByTagName("faultcode");
            String faultcode = fc.getLength() == 0 ? null : fc.item(0).getTextContent().replaceFirst("^.*:", "");
            NodeList codes = d.getElementsByTagNameNS("urn:viogen:partners:v1", "code");
            NodeList messages = d.getElementsByTagNameNS("urn:viogen:partners:v1", "message");
            return new String[]{faultcode, codes.getLength() == 0 ? null : codes.item(0).getTextContent(),
                    messages.getLength() == 0 ? null : messages.item(0).getTextContent()};
        } catch (Exception e) {
            return null;
        }
    }

    private static Map<String, Long> rows() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = TestEnvironment.get().connect(); Statement st = c.createStatement()) {
            for (String table : WATCHED) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static void report(Map<String, Tally> tallies) {
        StringBuilder b = new StringBuilder("\n[soap-hostile-corpus] category | requests | HTTP statuses | faults by code | rows written\n");
        int total = 0;
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            total += t.requests;
            b.append(String.format("[soap-hostile-corpus] %-16s | %4d | %s | %s | %d%n", e.getKey(), t.requests, t.statuses,
                    t.codes, t.rowsWritten));
        }
        b.append("[soap-hostile-corpus] total requests: ").append(total).append('\n');
        for (Tally t : tallies.values()) {
            t.failures.forEach(f -> b.append("[soap-hostile-corpus] FAILED ").append(f).append('\n'));
        }
        System.out.println(b);
    }

    private static String shorten(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    // ---- reading the data files

    private static String resource(String name) throws Exception {
        try (InputStream in = SoapHostileCorpusIT.class.getResourceAsStream(DIR + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Case> handWritten() throws Exception {
        List<Case> out = new ArrayList<>();
        String[] blocks = resource("cases.txt").split("(?m)^=== ");
        for (int i = 1; i < blocks.length; i++) {
            String block = blocks[i];
            int nl = block.indexOf('\n');
            String[] head = block.substring(0, nl).split(" \\| ");
            String body = block.substring(nl + 1).replaceAll("\\n+$", "");
            Map<String, String> opts = new LinkedHashMap<>();
            for (int j = 2; j < head.length; j++) {
                int eq = head[j].indexOf('=');
                opts.put(head[j].substring(0, eq).trim(), head[j].substring(eq + 1).trim());
            }
            String ctype = opts.getOrDefault("ctype", "text/xml; charset=UTF-8");
            out.add(new Case(head[0].trim(), head[1].trim(), Set.of(opts.get("expect").split(",")), opts.get("auth"),
                    "-".equals(ctype) ? null : ctype, opts.getOrDefault("method", "POST"), opts.get("query"),
                    opts.get("action"), expand(body)));
        }
        return out;
    }

    private static final Pattern SLOT = Pattern.compile("\\{\\{(long|int|date|dateTime|enum|text):([A-Za-z]+)=((?:[^{}]|\\{\\{[A-Z]+\\}\\})*)\\}\\}");

    /** Every operation with each typed slot replaced in turn by each hostile value of its type. */
    private static List<Case> generated() throws Exception {
        Map<String, List<String[]>> values = new LinkedHashMap<>();
        for (String line : resource("values.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split(" \\| ", -1);
            values.computeIfAbsent(p[0].trim(), k -> new ArrayList<>()).add(new String[]{p[1], p[2].trim()});
        }
        List<Case> out = new ArrayList<>();
        for (String line : resource("operations.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split(" \\| ", 3);
            String operation = p[0].trim();
            String template = p[2].trim();
            Matcher m = SLOT.matcher(template);
            List<int[]> spans = new ArrayList<>();
            List<String[]> slotInfo = new ArrayList<>();
            while (m.find()) {
                spans.add(new int[]{m.start(), m.end()});
                slotInfo.add(new String[]{m.group(1), m.group(2), m.group(3)});
            }
            for (int s = 0; s < spans.size(); s++) {
                for (String[] v : values.getOrDefault(slotInfo.get(s)[0], List.of())) {
                    StringBuilder b = new StringBuilder();
                    int at = 0;
                    for (int k = 0; k < spans.size(); k++) {
                        b.append(template, at, spans.get(k)[0]);
                        b.append(k == s ? v[0] : slotInfo.get(k)[2]);
                        at = spans.get(k)[1];
                    }
                    b.append(template.substring(at));
                    String body = "{{ENV}}{{HDR}}<S:Body>" + b + "</S:Body>{{/ENV}}";
                    out.add(new Case("values:" + operation, slotInfo.get(s)[1] + " = " + v[0].replaceAll("\\{\\{REPEAT:(\\d+):.\\}\\}", "<$1 chars>"),
                            Set.of(v[1].split(",")), p[1].trim(), "text/xml; charset=UTF-8", "POST", null, null,
                            expand(body)));
                }
            }
        }
        return out;
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(REPEAT:(\\d+):((?:[^{}]|\\{\\{[A-Z]+\\}\\})*)|BYTE:([0-9A-Fa-f]{2})|NSDECLS:(\\d+)|[A-Z/]+)\\}\\}");

    /** Expands the placeholders of a body into the bytes to send (UTF-8, raw bytes where asked). */
    static byte[] expand(String text) {
        String t = text.replace("{{ENV}}", ENV_OPEN).replace("{{/ENV}}", "</S:Envelope>")
                .replace("{{HDR}}", "<S:Header><v:MessageId>{{MID}}</v:MessageId></S:Header>")
                .replace("{{PERSON}}", "<v:firstName>Ana</v:firstName><v:lastName1>Prueba</v:lastName1>"
                        + "<v:documentType>DNI</v:documentType><v:documentNumber>{{DNI}}</v:documentNumber>")
                .replace("{{MINOR}}", "<v:minor><v:firstName>Lucía</v:firstName><v:age>7</v:age></v:minor>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Matcher m = PLACEHOLDER.matcher(t);
        int at = 0;
        while (m.find()) {
            out.writeBytes(t.substring(at, m.start()).getBytes(StandardCharsets.UTF_8));
            at = m.end();
            String p = m.group(1);
            if (m.group(2) != null) {
                byte[] unit = expand(m.group(3));
                for (int i = Integer.parseInt(m.group(2)); i > 0; i--) {
                    out.writeBytes(unit);
                }
            } else if (m.group(4) != null) {
                out.write(Integer.parseInt(m.group(4), 16));
            } else if (m.group(5) != null) {
                StringBuilder b = new StringBuilder();
                for (int i = Integer.parseInt(m.group(5)); i > 0; i--) {
                    b.append("xmlns:p").append(i).append("=\"urn:x:").append(i).append("\" ");
                }
                out.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
            } else {
                String value = switch (p) {
                    case "MID" -> "corpus-" + UUID.randomUUID();
                    case "CASE" -> String.valueOf(caseId);
                    case "UNIT" -> String.valueOf(unitId);
                    case "DNI" -> dni();
                    default -> throw new IllegalArgumentException("unknown placeholder " + p);
                };
                out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
            }
        }
        out.writeBytes(t.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
