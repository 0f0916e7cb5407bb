package es.viogen.partners.boundary;

import es.viogen.partners.control.SecureXml;
import es.viogen.platform.api.Texts;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Screens every SOAP request before Metro parses it: bodies over {@code viogen.partners.max-body-bytes} (1 MB) are
 * refused (413), documents with a DOCTYPE (external entities, entity expansion) or not well-formed are refused with a
 * SOAP fault (XML_REFUSED / MALFORMED); nothing reaches the service and nothing is written.
 */
@WebFilter(urlPatterns = "/ws/*", filterName = "viogen-soap-guard")
public class SoapGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

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
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            PartnerSubmissionFilter.discard(request.getInputStream());
            fault(response, 413, "PAYLOAD_TOO_LARGE", texts.get("partners.error.payloadTooLarge", maxBodyBytes / 1024));
            return;
        }
        byte[] body = PartnerSubmissionFilter.readBounded(request.getInputStream(), maxBodyBytes);
        if (body == null) {
            PartnerSubmissionFilter.discard(request.getInputStream());
            fault(response, 413, "PAYLOAD_TOO_LARGE", texts.get("partners.error.payloadTooLarge", maxBodyBytes / 1024));
            return;
        }
        switch (SecureXml.screen(body)) {
            case DOCTYPE_REFUSED -> fault(response, 500, "XML_REFUSED", texts.get("partners.error.xmlRefused"));
            case MALFORMED -> fault(response, 500, "MALFORMED", texts.get("partners.error.xmlMalformed"));
            case WELL_FORMED -> chain.doFilter(new Buffered(request, body), response);
        }
    }

    /** A SOAP 1.1 fault written by hand (the request never reached Metro). */
    private static void fault(HttpServletResponse response, int status, String code, String message) throws IOException {
        String m = escape(message);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>"
                + "<faultcode>S:Client</faultcode><faultstring xml:lang=\"es\">" + m + "</faultstring><detail>"
                + "<v:PartnerFault xmlns:v=\"urn:viogen:partners:v1\"><v:code>" + code + "</v:code><v:message>" + m
                + "</v:message></v:PartnerFault></detail></S:Fault></S:Body></S:Envelope>";
        response.setStatus(status);
        response.setContentType("text/xml;charset=UTF-8");
        response.getOutputStream().write(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
