package es.viogen.platform.boundary;

import es.viogen.platform.api.ProblemDetails;
import es.viogen.platform.api.Texts;
import es.viogen.platform.control.Faults;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container's error page for a REST call: whatever escapes JAX-RS (a failure in the authentication mechanism,
 * in a servlet filter, or at commit outside a resource) reaches the error page through an ERROR dispatch; for
 * {@code /api/*} it is answered here as problem+json (409 for a conflict or rollback at commit, 503 with Retry-After
 * when the database is unavailable), never with the HTML page.
 */
@WebFilter(urlPatterns = "/error.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ApiErrorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ApiErrorFilter.class.getName());

    @Inject
    Texts texts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute("jakarta.servlet.error.request_uri");
        if (uri == null || !uri.toString().startsWith(request.getContextPath() + "/api/")) {
            chain.doFilter(request, response);
            return;
        }
        Object code = request.getAttribute("jakarta.servlet.error.status_code");
        int status = code instanceof Integer i ? i : 500;
        Throwable thrown = (Throwable) request.getAttribute("jakarta.servlet.error.exception");
        String problemCode = "HTTP_" + status;
        String title = title(status);
        String detail = null;
        if (thrown != null) {
            switch (Faults.classify(thrown)) {
                case CONFLICT -> {
                    status = 409;
                    problemCode = "CONFLICT";
                    title = texts.get("problem.conflict.title");
                    detail = texts.get("error.conflict");
                }
                case UNAVAILABLE -> {
                    status = 503;
                    problemCode = "UNAVAILABLE";
                    title = texts.get("problem.unavailable.title");
                    detail = texts.get("problem.unavailable.detail");
                    response.setHeader("Retry-After", String.valueOf(Faults.RETRY_AFTER_SECONDS));
                }
                case OTHER -> {
                    String incident = UUID.randomUUID().toString();
                    LOG.log(Level.SEVERE, "Unexpected failure of a REST call, incident " + incident, thrown);
                    status = 500;
                    problemCode = "INTERNAL";
                    title = texts.get("problem.internal.title");
                    detail = texts.get("problem.internal.detail", incident);
                }
            }
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(ProblemDetails.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(ProblemDetails.json(status, problemCode, title, detail, null)
                .getBytes(StandardCharsets.UTF_8));
    }

    private String title(int status) {
        String t = texts.get("problem.status." + status);
        return t.startsWith("???") ? "HTTP " + status : t;
    }
}
