package es.viogen.app.platform;

import es.viogen.app.support.TestEnvironment;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A forged form post (no valid view state, as a cross-site request would be) from a logged-in administrator's
 * browser changes nothing; the same form with the page's own view state works.
 */
class CsrfIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");

    private final String base = TestEnvironment.get().baseUrl();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        assertTrue(m.find(), "page has a view state");
        return m.group(1);
    }

    private static boolean unitExists(String code) throws Exception {
        try (Connection c = TestEnvironment.get().connect();
             var ps = c.prepareStatement("SELECT 1 FROM platform.unit WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Test
    void aFormPostWithoutTheViewStateChangesNothing() throws Exception {
        String login = get("/login.xhtml").body();
        HttpResponse<String> loggedIn = post("/login.xhtml", Map.of("login", "login", "login:username", "admin",
                "login:password", "viogen-demo", "login:submit", "", "jakarta.faces.ViewState", viewState(login)));
        assertEquals(302, loggedIn.statusCode());
        assertTrue(loggedIn.headers().firstValue("Location").orElse("").endsWith("/home.xhtml"));

        String forgedCode = "CSRF-" + System.nanoTime() % 100000;
        HttpResponse<String> forged = post("/admin/units.xhtml", Map.of("unitForm", "unitForm",
                "unitForm:field-code", forgedCode, "unitForm:field-name", "Forged", "unitForm:field-kind_input", "NATIONAL_POLICE",
                "unitForm:save", "", "jakarta.faces.ViewState", "-123:456"));
        assertFalse(forged.statusCode() == 200 && forged.body().contains(forgedCode), "forged post was processed");
        assertFalse(unitExists(forgedCode), "a forged post created a unit");

        // the control: the same post with the page's own view state does create the unit
        HttpResponse<String> units = get("/admin/units.xhtml");
        assertEquals(200, units.statusCode());
        assertTrue(units.body().contains("id=\"units:new\""), "the administrator sees the units page");
        String genuineCode = "GENUINE-" + System.nanoTime() % 100000;
        post("/admin/units.xhtml", Map.of("unitForm", "unitForm", "unitForm:field-code", genuineCode,
                "unitForm:field-name", "Unidad de prueba", "unitForm:field-kind_input", "NATIONAL_POLICE",
                "unitForm:save", "", "jakarta.faces.ViewState", viewState(units.body())));
        assertTrue(unitExists(genuineCode), "the genuine post should have created the unit");
    }
}
