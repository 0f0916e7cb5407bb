package es.viogen.dataset;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A minimal Faces client for the scale benchmark: cookies, the view state, ajax posts, as one person. */
final class FacesClient {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*?name=\"jakarta\\.faces\\.ViewState\"");
    private static final Pattern POLL = Pattern.compile("cw\\(\"Poll\",\"[^\"]+\",\\{id:\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private String viewState;
    private String page;
    private String pollId;
    private int first;

    FacesClient(String base) {
        this.base = base;
    }

    /** The case list's next page (the paginator's ajax request), 20 rows after the current one. */
    HttpResponse<String> nextPage() throws Exception {
        first += 20;
        return ajax("cases", "cases:table", "cases:table", "cases:table", Map.of(
                "cases:table_pagination", "true", "cases:table_first", Integer.toString(first),
                "cases:table_rows", "20", "cases:table_skipChildren", "true", "cases:table_encodeFeature", "true"));
    }

    boolean login(String username) throws Exception {
        HttpResponse<String> form = get("/login.xhtml");
        HttpResponse<String> r = post("/login.xhtml", Map.of("login", "login", "login:username", username,
                "login:password", NationalDataset.PASSWORD, "login:submit", "", "jakarta.faces.ViewState",
                viewState(form.body())), false);
        return r.statusCode() == 302 && !r.headers().firstValue("Location").orElse("").contains("login");
    }

    HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET()
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        String vs = find(r.body());
        if (vs != null) {
            viewState = vs;
            page = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            first = 0; // a new view: its list starts at the top
        }
        Matcher m = POLL.matcher(r.body());
        if (m.find()) {
            pollId = m.group(1);
        }
        return r;
    }

    HttpResponse<String> ajax(String form, String source, String execute, String render, Map<String, String> fields)
            throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("jakarta.faces.partial.ajax", "true");
        p.put("jakarta.faces.source", source);
        p.put("jakarta.faces.partial.execute", execute);
        p.put("jakarta.faces.partial.render", render);
        p.put(source, source);
        p.put(form, form);
        p.putAll(fields);
        p.put("jakarta.faces.ViewState", viewState);
        return post(page, p, true);
    }

    HttpResponse<String> poll() throws Exception {
        if (pollId == null) {
            throw new IllegalStateException("no alert poll on the page");
        }
        return ajax("topbar", pollId, pollId, "topbar:bell topbar:growl", Map.of());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields, boolean ajax) throws Exception {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            b.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String viewState(String html) {
        String vs = find(html);
        if (vs == null) {
            throw new IllegalStateException("no view state on the page");
        }
        return vs;
    }

    private String find(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
