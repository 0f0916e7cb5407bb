package es.viogen.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.PartnerClients;
import es.viogen.platform.api.ProblemDetails;
import es.viogen.platform.control.Faults;
import es.viogen.platform.control.ReturnPath;

/**
 * The one authentication mechanism of the application, with two faces:
 * <ul>
 *   <li>{@code /api/*}: MicroProfile JWT bearer tokens only (no session, no cookies: CSRF cannot ride on them);
 *       an invalid token is 401 problem+json;</li>
 *   <li>{@code /ws/*} (SOAP): the same bearer tokens, or HTTP Basic with a partner's client id and secret (for
 *       legacy stacks), on every call (over TLS in production); refused credentials are marked on the request and
 *       answered by the SOAP layer as an {@code UNAUTHORIZED} fault; WSDL and XSD downloads need none;</li>
 *   <li>pages: form login through {@code SecurityContext.authenticate} from the login page, then the HTTP session
 *       (id changed at login); a protected page without a login redirects to the login page.</li>
 * </ul>
 */
@ApplicationScoped
public class ViogenAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_KEY = "viogen.principal";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    PartnerTokens tokens;

    @Inject
    PartnerClients partnerClients;

    @Inject
    AuditLog audit;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext ctx) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return apiRequest(request, response, ctx, path);
        }
        if (path.startsWith("/ws/")) {
            return soapRequest(request, response, ctx);
        }
        Credential credential = ctx.getAuthParameters() == null ? null : ctx.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            HttpSession session = request.getSession(true);
            session.setAttribute(SESSION_KEY,
                    new SessionPrincipal(result.getCallerPrincipal().getName(), new HashSet<>(result.getCallerGroups())));
            return ctx.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SessionPrincipal p) {
            return ctx.notifyContainerAboutLogin(new CallerPrincipal(p.name()), p.groups());
        }
        if (ctx.isProtected()) {
            // the page asked for (a bookmark, a link in an alert, or the page whose session ran out: its forms post
            // to its own address with its query) is where the login returns to, as a plain GET
            String back = ReturnPath.of(path, request.getQueryString()).orElse(null);
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                return ajaxRedirect(response, request.getContextPath() + ReturnPath.loginFor(back, "expired=true"));
            }
            boolean postBack = "POST".equals(request.getMethod());
            return ctx.redirect(request.getContextPath() + ReturnPath.loginFor(back, postBack ? "expired=true" : null));
        }
        return ctx.doNothing();
    }

    private AuthenticationStatus apiRequest(HttpServletRequest request, HttpServletResponse response,
                                            HttpMessageContext ctx, String path) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<PartnerPrincipal> principal;
            try {
                principal = tokens.verify(header.substring(7).trim());
            } catch (RuntimeException e) {
                if (Faults.classify(e) != Faults.Kind.UNAVAILABLE) {
                    throw e;
                }
                writeUnavailable(response);
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (principal.isPresent()) {
                return ctx.notifyContainerAboutLogin(principal.get(), principal.get().groups());
            }
            writeProblem(response, request.getRequestURI());
            return AuthenticationStatus.SEND_FAILURE;
        }
        return ctx.doNothing();
    }

    /**
     * SOAP: a bearer token or Basic credentials. Refused credentials do not answer here (that would be HTTP 401 with
     * JSON): the request goes on unauthenticated, marked with {@link PartnerClients#CREDENTIALS_REFUSED_ATTRIBUTE}, and
     * the SOAP layer answers its {@code UNAUTHORIZED} fault before the message is parsed.
     */
    private AuthenticationStatus soapRequest(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext ctx) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<PartnerPrincipal> principal = tokens.verify(header.substring(7).trim());
            if (principal.isPresent()) {
                return ctx.notifyContainerAboutLogin(principal.get(), principal.get().groups());
            }
            request.setAttribute(PartnerClients.CREDENTIALS_REFUSED_ATTRIBUTE, "token");
            return ctx.doNothing();
        }
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return ctx.doNothing();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        Optional<PartnerClients.PartnerClientView> client = colon < 0 ? Optional.empty()
                : partnerClients.verify(decoded.substring(0, colon), decoded.substring(colon + 1));
        if (client.isEmpty()) {
            audit.record(new Actor("(desconocido)", "", null, null, null, null, Set.of()), AuditAction.LOGIN_FAILED,
                    "PartnerClient", null, "SOAP credentials refused");
            request.setAttribute(PartnerClients.CREDENTIALS_REFUSED_ATTRIBUTE, "basic");
            return ctx.doNothing();
        }
        PartnerPrincipal principal = PartnerPrincipal.of(client.get());
        return ctx.notifyContainerAboutLogin(principal, principal.groups());
    }

    private static void writeProblem(HttpServletResponse response, String instance) {
        try {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"viogen\", error=\"invalid_token\"");
            response.setContentType(ProblemDetails.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(ProblemDetails.json(401, "UNAUTHORIZED", "No autorizado",
                    "El token no es válido o ha caducado.", null).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client went away
        }
    }

    /** The token could not be checked because the database is unavailable: 503 problem+json, retry shortly. */
    private static void writeUnavailable(HttpServletResponse response) {
        try {
            response.setStatus(503);
            response.setHeader("Retry-After", String.valueOf(Faults.RETRY_AFTER_SECONDS));
            response.setContentType(ProblemDetails.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(ProblemDetails.json(503, "UNAVAILABLE", "Servicio no disponible",
                    "La base de datos no está disponible en este momento. Vuelva a intentarlo en unos segundos.", null)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client went away
        }
    }

    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String url) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;") + "\"/></partial-response>");
        } catch (IOException e) {
            // the client went away
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext ctx) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
    }
}
