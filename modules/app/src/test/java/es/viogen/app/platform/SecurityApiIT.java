package es.viogen.app.platform;

import es.viogen.app.support.Api;
import es.viogen.app.support.TestEnvironment;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Partners' token access over HTTP against the running WAR: 200 with a token, 401 without, 403 with the wrong role. */
class SecurityApiIT {

    final Api api = Api.demo();

    @Test
    void aPartnerGetsATokenAndCallsAProtectedOperation() {
        Api.Reply token = api.form("/api/v1/auth/token", Map.of("grant_type", "client_credentials",
                "client_id", "juzgado-valladolid", "client_secret", "viogen-demo"));
        assertEquals(200, token.status());
        JsonObject t = token.json();
        assertEquals("Bearer", t.getString("token_type"));
        assertTrue(t.getInt("expires_in") > 0 && t.getInt("expires_in") <= 3600, "short-lived");
        assertEquals("no-store", token.header("Cache-Control"));

        Api.Reply me = api.withToken(t.getString("access_token")).get("/api/v1/partners/me");
        assertEquals(200, me.status(), me.body());
        assertEquals("juzgado-valladolid", me.json().getString("clientId"));
        assertEquals("47", me.json().getString("provinceCode"));
        assertTrue(me.json().getJsonArray("scopes").toString().contains("cases:read"));
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        Api.Reply r = api.get("/api/v1/partners/me");
        assertEquals(401, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(401, r.json().getInt("status"));
        assertNotNull(r.json().getString("title"));
    }

    @Test
    void aForgedOrGarbageTokenIs401() {
        String real = new Api(TestEnvironment.get().baseUrl()).as("juzgado-valladolid", "viogen-demo").token();
        String[] parts = real.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
        assertEquals(401, api.withToken(forged).get("/api/v1/partners/me").status());
        assertEquals(401, api.withToken("garbage").get("/api/v1/partners/me").status());
    }

    @Test
    void aPartnerTokenLacksTheAdminRole403() {
        Api.Reply r = api.as("juzgado-valladolid", "viogen-demo").post("/api/v1/admin/audit/verification", "");
        assertEquals(403, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        assertEquals("FORBIDDEN", r.json().getString("code"));
    }

    @Test
    void wrongSecretOrUnknownClientIs401AndLeaksNothing() {
        Api.Reply wrong = api.form("/api/v1/auth/token", Map.of("client_id", "juzgado-valladolid", "client_secret", "nope"));
        Api.Reply unknown = api.form("/api/v1/auth/token", Map.of("client_id", "nobody", "client_secret", "nope"));
        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertEquals(wrong.json().getString("detail"), unknown.json().getString("detail"), "same answer either way");
        assertEquals(400, api.form("/api/v1/auth/token", Map.of("client_id", "x")).status());
    }

    @Test
    void responsesCarrySecurityHeaders() {
        Api.Reply r = api.get("/login.xhtml");
        assertEquals(200, r.status());
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("DENY", r.header("X-Frame-Options"));
        assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("no-store", r.header("Cache-Control"));
        assertTrue(r.body().contains("Contraseña"), "the login page is in Spanish");
    }

    @Test
    void protectedPagesRedirectToTheLogin() {
        Api.Reply r = api.get("/home.xhtml");
        assertEquals(302, r.status());
        assertTrue(r.header("Location").endsWith("/login.xhtml?next=%2Fhome.xhtml"), r.header("Location"));
        Api.Reply admin = api.get("/admin/users.xhtml?page=2");
        assertEquals(302, admin.status());
        assertTrue(admin.header("Location").endsWith("/login.xhtml?next=%2Fadmin%2Fusers.xhtml%3Fpage%3D2"),
                "the login returns to the page asked for: " + admin.header("Location"));
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        Api.Reply ready = api.get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"UP\""));
        assertEquals(200, api.get("/health/live").status());
        Api.Reply openapi = api.get("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/auth/token"), "token operation documented");
        assertTrue(openapi.body().contains("/api/v1/partners/me"));
        Api.Reply metrics = api.send(api.request("/metrics").setHeader("Accept", "text/plain").GET());
        assertEquals(200, metrics.status());
        assertFalse(metrics.body().isBlank());
    }

    @Test
    void soapCallsAuthenticateWithThePartnersCredentialsOverBasic() {
        java.util.function.Function<String, Api.Reply> callWith = credentials -> api.send(api.request("/ws/probe")
                .setHeader("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .setHeader("Content-Type", "text/xml").POST(java.net.http.HttpRequest.BodyPublishers.ofString("<x/>")));
        // refused credentials are a SOAP fault UNAUTHORIZED (faultcode Client), never HTTP 401 with JSON
        for (String wrong : java.util.List.of("juzgado-valladolid:wrong", "nobody:viogen-demo", "no-colon")) {
            Api.Reply refused = callWith.apply(wrong);
            assertEquals(500, refused.status(), wrong);
            assertTrue(refused.contentType().startsWith("text/xml"), refused.contentType());
            assertTrue(refused.body().contains("<v:code>UNAUTHORIZED</v:code>"), refused.body());
            assertTrue(refused.body().contains("<faultcode>S:Client</faultcode>"), refused.body());
        }
        Api.Reply accepted = callWith.apply("juzgado-valladolid:viogen-demo");
        assertFalse(accepted.body().contains("UNAUTHORIZED"), "valid credentials pass authentication: " + accepted.body());
        assertTrue(accepted.body().contains("<v:code>MALFORMED</v:code>"), "then <x/> is not an envelope: " + accepted.body());
    }

    @Test
    void theTokenEndpointLocksAClientIdAfterRepeatedFailuresAndAudits() throws Exception {
        String client = "throttle-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        // a client of its own (locking a demo client would disturb other tests), with the demo secret's hash
        try (var c = TestEnvironment.get().connect(); var ps = c.prepareStatement("INSERT INTO platform.partner_client "
                + "(client_id, organisation, kind, secret_hash, scopes) SELECT ?, 'Pruebas', 'COURT', secret_hash, "
                + "'cases:read' FROM platform.partner_client WHERE client_id = 'juzgado-valladolid'")) {
            ps.setString(1, client);
            ps.executeUpdate();
        }
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.form("/api/v1/auth/token", Map.of("grant_type", "client_credentials",
                    "client_id", client, "client_secret", "guess-" + i)).status());
        }
        Api.Reply locked = api.form("/api/v1/auth/token", Map.of("grant_type", "client_credentials",
                "client_id", client, "client_secret", "guess-5"));
        assertEquals(429, locked.status(), locked.body());
        assertTrue(locked.contentType().startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        assertTrue(retryAfter > 800 && retryAfter <= 901, "about 15 minutes: " + retryAfter);
        try (var c = TestEnvironment.get().connect(); var ps = c.prepareStatement("SELECT count(*) FROM platform.audit_log "
                + "WHERE action = 'LOGIN_LOCKED' AND record_type = 'PartnerClient' AND record_id = ?")) {
            ps.setString(1, client);
            try (var rs = ps.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getLong(1), "the lock is in the audit log");
            }
        }
        // locked: even the right secret is refused until the lock ends
        assertEquals(429, api.form("/api/v1/auth/token", Map.of("grant_type", "client_credentials",
                "client_id", client, "client_secret", "viogen-demo")).status());
        // another client from the same address is not affected
        assertEquals(200, api.form("/api/v1/auth/token", Map.of("grant_type", "client_credentials",
                "client_id", "juzgado-valladolid", "client_secret", "viogen-demo")).status());
    }

    @Test
    void theTokenEndpointLocksAnAddressAfterRepeatedFailures() throws Exception {
        // from 127.0.0.2 (a loopback address of its own), so that the other tests' address is not locked
        java.net.URI base = java.net.URI.create(TestEnvironment.get().baseUrl());
        String[] last = null;
        for (int i = 0; i < 20; i++) {
            last = tokenFrom("127.0.0.2", base, "nobody-" + i);
            assertEquals("401", last[0], "failure " + i);
        }
        last = tokenFrom("127.0.0.2", base, "juzgado-valladolid");
        assertEquals("429", last[0], "even a real client id is refused from a locked address");
        assertNotNull(last[1], "Retry-After");
        assertEquals(200, api.form("/api/v1/auth/token", Map.of("grant_type", "client_credentials",
                "client_id", "juzgado-valladolid", "client_secret", "viogen-demo")).status(), "other addresses still work");
    }

    /** A token request sent from {@code localAddress}: status and Retry-After. */
    private static String[] tokenFrom(String localAddress, java.net.URI base, String clientId) throws Exception {
        String body = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=wrong";
        try (java.net.Socket s = new java.net.Socket()) {
            s.bind(new java.net.InetSocketAddress(localAddress, 0));
            s.connect(new java.net.InetSocketAddress("127.0.0.1", base.getPort()), 5000);
            s.setSoTimeout(10_000);
            String path = base.getPath().replaceAll("/$", "") + "/api/v1/auth/token";
            s.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n\r\n"
                    + body).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String status = answer.substring(9, 12);
            String retry = null;
            for (String line : answer.split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("retry-after:")) {
                    retry = line.substring(12).trim();
                }
            }
            return new String[]{status, retry};
        }
    }

    @Test
    void unknownApiPathsAnswerProblemJson() {
        Api.Reply r = api.as("juzgado-valladolid", "viogen-demo").get("/api/v1/does-not-exist");
        assertEquals(404, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    }
}
