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
        assertTrue(r.header("Location").endsWith("/login.xhtml"));
        assertEquals(302, api.get("/admin/users.xhtml").status());
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
        java.util.function.Function<String, Integer> callWith = credentials -> api.send(api.request("/ws/probe")
                .setHeader("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .setHeader("Content-Type", "text/xml").POST(java.net.http.HttpRequest.BodyPublishers.ofString("<x/>")))
                .status();
        Api.Reply refused = api.send(api.request("/ws/probe").setHeader("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString("juzgado-valladolid:wrong".getBytes()))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("<x/>")));
        assertEquals(401, refused.status());
        assertTrue(refused.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals(401, callWith.apply("nobody:viogen-demo"));
        int accepted = callWith.apply("juzgado-valladolid:viogen-demo");
        assertTrue(accepted != 401 && accepted != 403, "valid credentials pass authentication: " + accepted);
    }

    @Test
    void unknownApiPathsAnswerProblemJson() {
        Api.Reply r = api.as("juzgado-valladolid", "viogen-demo").get("/api/v1/does-not-exist");
        assertEquals(404, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    }
}
