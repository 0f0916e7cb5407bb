package es.viogen.partners.boundary;

import es.viogen.platform.api.BoundedBody;
import es.viogen.partners.control.SecureXml;
import es.viogen.partners.control.SoapEnvelopes;
import es.viogen.partners.control.SoapFaultCodes;
import es.viogen.partners.control.SoapFaults;
import es.viogen.platform.api.PartnerClients;
import es.viogen.platform.api.Texts;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Stands in front of Metro for {@code /ws/*} so that every answer is the service's own (stack.md trap 15):
 * <ol>
 *   <li>{@code GET} serves only the WSDL and its XSD ({@code ?wsdl}, {@code ?xsd=N}); any other GET gets a short
 *       Spanish page (Metro's would name the implementation class); other methods: fault METHOD_NOT_ALLOWED (405);</li>
 *   <li>{@code POST}: size ({@code viogen.partners.max-body-bytes}, 1 MB: PAYLOAD_TOO_LARGE, 413), then
 *       authentication (no credentials, an expired/invalid/forged bearer token, wrong Basic credentials or a
 *       deactivated partner: UNAUTHORIZED, before the message is parsed), then Content-Type (only SOAP 1.1
 *       {@code text/xml}: SOAP 1.2 is VERSION_MISMATCH, multipart/MTOM and others UNSUPPORTED_MEDIA_TYPE, 415), then the
 *       XML itself with the JDK parser (DOCTYPE/entities or too deep: XML_REFUSED; not well-formed: MALFORMED) and the
 *       envelope's shape ({@link SoapEnvelopes}: no Body, unknown or several operations: UNKNOWN_OPERATION;
 *       mustUnderstand headers: MUST_UNDERSTAND);</li>
 *   <li>what Metro answers is buffered: a fault is rewritten into the service's shape, a {@code PartnerFault} detail
 *       with a contract code and the Spanish message, {@code faultcode} Client for the caller's errors and Server only
 *       for ours ({@link SoapFaultCodes}); Metro's own faults (schema violations, unreadable values) become
 *       INVALID_REQUEST, anything unexpected INTERNAL with an incident reference (details only in the log).</li>
 * </ol>
 * Nothing a refused message carries reaches the service, and nothing is written.
 */
@WebFilter(urlPatterns = "/ws/*", filterName = "viogen-soap-guard")
public class SoapGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SoapGuard.class.getName());
    /**
     * Metro's schema validation logs every refused message at WARNING with the offending values (personal data):
     * only its SEVERE messages are kept (a strong reference, or JUL forgets the level).
     */
    private static final Logger METRO_VALIDATION_LOG = Logger.getLogger("com.sun.xml.ws.server.ServerSchemaValidationTube");
    private static final Pattern CONTRACT_QUERY = Pattern.compile("(?i)wsdl(=\\d{1,3})?|xsd=\\d{1,3}");

    @Inject
    Texts texts;

    @Inject
    @ConfigProperty(name = "viogen.partners.max-body-bytes", defaultValue = "1048576")
    int maxBodyBytes;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        // Metro must never put Java stack traces into faults
        System.setProperty("com.sun.xml.ws.fault.SOAPFaultBuilder.disableCaptureStackTrace", "true");
        METRO_VALIDATION_LOG.setLevel(Level.SEVERE);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            String q = request.getQueryString();
            if (q != null && CONTRACT_QUERY.matcher(q).matches()) {
                CapturedResponse captured = new CapturedResponse(response);
                try {
                    chain.doFilter(request, captured);
                } catch (IOException | ServletException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Serving the SOAP contract failed", e);
                    captured.setStatus(500);
                }
                byte[] out = captured.bytes();
                if (captured.getStatus() == 200 && SoapFaults.read(out) == null) {
                    response.setStatus(200);
                    response.setContentType(captured.getContentType() == null ? "text/xml;charset=UTF-8" : captured.getContentType());
                    response.setContentLength(out.length);
                    if (!"HEAD".equals(method)) {
                        response.getOutputStream().write(out);
                    }
                    return;
                }
                response.setStatus(404);
            }
            infoPage(request, response);
            return;
        }
        if (!"POST".equals(method)) {
            response.setHeader("Allow", "GET, POST");
            fault(response, 405, "METHOD_NOT_ALLOWED", texts.get("partners.error.soap.methodNotAllowed"));
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            BoundedBody.discard(request.getInputStream());
            fault(response, 413, "PAYLOAD_TOO_LARGE", texts.get("partners.error.payloadTooLarge", maxBodyBytes / 1024));
            return;
        }
        byte[] body = BoundedBody.read(request.getInputStream(), maxBodyBytes);
        if (body == null) {
            BoundedBody.discard(request.getInputStream());
            fault(response, 413, "PAYLOAD_TOO_LARGE", texts.get("partners.error.payloadTooLarge", maxBodyBytes / 1024));
            return;
        }
        Object refused = request.getAttribute(PartnerClients.CREDENTIALS_REFUSED_ATTRIBUTE);
        if (refused != null || request.getUserPrincipal() == null) {
            String key = refused == null ? "partners.error.unauthorized"
                    : "basic".equals(refused) ? "partners.error.soap.basicRefused" : "partners.error.soap.tokenRefused";
            fault(response, 500, "UNAUTHORIZED", texts.get(key));
            return;
        }
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT).trim();
        if (contentType.startsWith("application/soap+xml")) {
            fault(response, 500, "VERSION_MISMATCH", texts.get("partners.error.soap.versionMismatch"));
            return;
        }
        if (!contentType.startsWith("text/xml") || !charsetSupported(contentType)) {
            fault(response, 415, "UNSUPPORTED_MEDIA_TYPE", texts.get("partners.error.soap.mediaType"));
            return;
        }
        switch (SecureXml.screen(body)) {
            case DOCTYPE_REFUSED -> {
                fault(response, 500, "XML_REFUSED", texts.get("partners.error.xmlRefused"));
                return;
            }
            case MALFORMED -> {
                fault(response, 500, "MALFORMED", texts.get("partners.error.xmlMalformed"));
                return;
            }
            case WELL_FORMED -> {
                // the envelope's shape next
            }
        }
        SoapEnvelopes.Shape shape = SoapEnvelopes.inspect(body);
        switch (shape.problem()) {
            case NONE -> {
                // Metro next
            }
            case TOO_DEEP -> {
                fault(response, 500, "XML_REFUSED", texts.get("partners.error.soap.tooDeep", SoapEnvelopes.MAX_DEPTH));
                return;
            }
            case TOO_COMPLEX -> {
                fault(response, 500, "XML_REFUSED", texts.get("partners.error.soap.tooComplex",
                        SoapEnvelopes.MAX_PER_ELEMENT));
                return;
            }
            case VERSION_MISMATCH -> {
                fault(response, 500, "VERSION_MISMATCH", texts.get("partners.error.soap.versionMismatch"));
                return;
            }
            case MUST_UNDERSTAND -> {
                fault(response, 500, "MUST_UNDERSTAND", texts.get("partners.error.soap.mustUnderstand"));
                return;
            }
            case NO_BODY, UNKNOWN_OPERATION -> {
                fault(response, 500, "UNKNOWN_OPERATION", texts.get("partners.error.soap.unknownOperation"));
                return;
            }
            case NOT_ENVELOPE -> {
                fault(response, 500, "MALFORMED", texts.get("partners.error.soap.notEnvelope"));
                return;
            }
        }
        CapturedResponse captured = new CapturedResponse(response);
        try {
            chain.doFilter(new BufferedRequest(request, body), captured);
        } catch (IOException | ServletException | RuntimeException e) {
            internal(response, "the SOAP stack failed", e);
            return;
        }
        answer(response, captured);
    }

    /** Passes a normal answer through; rewrites every fault (or error status) into the service's fault. */
    private void answer(HttpServletResponse response, CapturedResponse captured) throws IOException {
        byte[] out = captured.bytes();
        int status = captured.getStatus();
        SoapFaults.Found found = SoapFaults.read(out);
        if (found == null && status >= 200 && status < 300) {
            response.setStatus(status);
            if (captured.getContentType() != null) {
                response.setContentType(captured.getContentType());
            }
            response.setContentLength(out.length);
            response.getOutputStream().write(out);
            return;
        }
        if (found != null && found.partnerFault() != null && found.partnerFault().code() != null) {
            SoapFaults.Fault f = found.partnerFault();
            String message = f.message() == null || f.message().isBlank() ? texts.get("partners.error.soap.invalidRequest")
                    : f.message();
            write(response, 500, new SoapFaults.Fault(SoapFaultCodes.contractCode(f.code()), message, f.fields()));
            return;
        }
        if (found != null && "VersionMismatch".equals(found.faultcode())) {
            fault(response, 500, "VERSION_MISMATCH", texts.get("partners.error.soap.versionMismatch"));
        } else if (found != null && "MustUnderstand".equals(found.faultcode())) {
            fault(response, 500, "MUST_UNDERSTAND", texts.get("partners.error.soap.mustUnderstand"));
        } else if (found != null && "Client".equals(found.faultcode()) || status >= 400 && status < 500 && found == null) {
            // schema violations, unreadable values, unknown dispatch: the caller's message does not fit the contract
            LOG.log(Level.FINE, "SOAP request refused by the SOAP stack: {0}", found == null ? "HTTP " + status
                    : found.faultstring());
            fault(response, status == 415 ? 415 : 500, status == 415 ? "UNSUPPORTED_MEDIA_TYPE" : "INVALID_REQUEST",
                    texts.get(status == 415 ? "partners.error.soap.mediaType" : "partners.error.soap.invalidRequest"));
        } else if (found != null && isValueProblem(found.faultstring())) {
            // Metro reports some unmarshalling problems of the caller's data as Server faults
            LOG.log(Level.FINE, "SOAP request refused by the SOAP stack: {0}", found.faultstring());
            fault(response, 500, "INVALID_REQUEST", texts.get("partners.error.soap.invalidRequest"));
        } else {
            internal(response, found == null ? "HTTP " + status + " without a SOAP fault" : found.faultstring(), null);
        }
    }

    /** Faultstrings Metro gives (as Server) for values it could not read from the caller's message. */
    private static boolean isValueProblem(String faultstring) {
        if (faultstring == null) {
            return false;
        }
        String s = faultstring.toLowerCase(Locale.ROOT);
        return s.contains("unmarshalling") || s.contains("cvc-") || s.contains("numberformat")
                || s.contains("for input string") || s.contains("unexpected element") || s.contains("xmlgregoriancalendar")
                || s.contains("invalid lexical") || s.contains("cannot find dispatch method");
    }

    private void internal(HttpServletResponse response, String what, Throwable e) throws IOException {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected SOAP failure, incident " + incident + ": " + what, e);
        if (!response.isCommitted()) {
            response.reset();
            fault(response, 500, "INTERNAL", texts.get("partners.error.internal", incident));
        }
    }

    private void fault(HttpServletResponse response, int status, String code, String message) throws IOException {
        write(response, status, new SoapFaults.Fault(code, message, List.of()));
    }

    private static void write(HttpServletResponse response, int status, SoapFaults.Fault fault) throws IOException {
        byte[] xml = SoapFaults.xml(fault);
        response.setStatus(status);
        response.setContentType("text/xml;charset=UTF-8");
        response.setContentLength(xml.length);
        response.getOutputStream().write(xml);
    }

    private void infoPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String wsdl = SoapFaults.escape(request.getRequestURL() + "?wsdl");
        String html = "<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"UTF-8\"><title>"
                + SoapFaults.escape(texts.get("partners.soap.info.title")) + "</title></head><body><h1>"
                + SoapFaults.escape(texts.get("partners.soap.info.title")) + "</h1><p>"
                + SoapFaults.escape(texts.get("partners.soap.info.text")) + "</p><p><a href=\"" + wsdl + "\">" + wsdl
                + "</a></p></body></html>";
        byte[] b = html.getBytes(StandardCharsets.UTF_8);
        if (response.getStatus() < 400) {
            response.setStatus(200);
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(b.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(b);
        }
    }

    private static boolean charsetSupported(String contentType) {
        int i = contentType.indexOf("charset=");
        if (i < 0) {
            return true;
        }
        String cs = contentType.substring(i + 8).split(";")[0].trim().replace("\"", "");
        return cs.equals("utf-8") || cs.equals("utf8") || cs.equals("us-ascii") || cs.equals("iso-8859-1")
                || cs.equals("utf-16");
    }
}
