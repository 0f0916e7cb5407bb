package es.viogen.partners.control;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.Set;

/**
 * Checks the shape of a (well-formed, DOCTYPE-free: see {@link SecureXml}) SOAP request before the SOAP stack sees it,
 * so that what Metro would answer with its own faults (naming Java classes, without a {@code PartnerFault} detail) is
 * answered with the service's faults instead: a SOAP 1.1 {@code Envelope} root, at most one {@code Header} before one
 * {@code Body}, headers marked {@code mustUnderstand} only when this service understands them, exactly one operation
 * element in the Body and one of this service's, and no nesting deeper than {@link #MAX_DEPTH}.
 */
public final class SoapEnvelopes {

    public static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
    public static final String NS = "urn:viogen:partners:v1";
    /** Deeper than any message of the contract (Envelope/Body/request/victim/identity/field is 6). */
    public static final int MAX_DEPTH = 32;
    /** Namespace declarations or attributes on one element (the contract needs a handful). */
    public static final int MAX_PER_ELEMENT = 64;

    /** Operation request elements of partners-v1.wsdl. */
    public static final Set<String> OPERATIONS = Set.of("RegisterCaseRequest", "GetCaseStatusRequest",
            "ReportIncidentRequest", "NotifyJudicialOrderRequest", "ReportPrisonEventRequest", "GetRiskStatusRequest",
            "GetCoverageRequest");
    /** Headers this service processes. */
    private static final Set<QName> UNDERSTOOD = Set.of(new QName(NS, "MessageId"));

    public enum Problem { NONE, NOT_ENVELOPE, VERSION_MISMATCH, NO_BODY, UNKNOWN_OPERATION, MUST_UNDERSTAND, TOO_DEEP,
        TOO_COMPLEX }

    /** What was found: the problem (NONE when acceptable) and the operation element's local name. */
    public record Shape(Problem problem, String operation) {
    }

    private SoapEnvelopes() {
    }

    public static Shape inspect(byte[] document) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new ByteArrayInputStream(document));
            if ("1.1".equals(r.getVersion())) {
                // SOAP 1.1 is XML 1.0; XML 1.1 would let control characters (&#1; ...) into the data
                return new Shape(Problem.NOT_ENVELOPE, null);
            }
            int depth = 0;
            boolean seenHeader = false;
            boolean seenBody = false;
            int bodyChildren = 0;
            String operation = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth > MAX_DEPTH) {
                        return new Shape(Problem.TOO_DEEP, null);
                    }
                    if (r.getNamespaceCount() > MAX_PER_ELEMENT || r.getAttributeCount() > MAX_PER_ELEMENT) {
                        return new Shape(Problem.TOO_COMPLEX, null);
                    }
                    String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
                    String local = r.getLocalName();
                    if (depth == 1) {
                        if (SOAP12.equals(ns) && "Envelope".equals(local)) {
                            return new Shape(Problem.VERSION_MISMATCH, null);
                        }
                        if (!SOAP11.equals(ns) || !"Envelope".equals(local)) {
                            return new Shape(Problem.NOT_ENVELOPE, null);
                        }
                    } else if (depth == 2) {
                        if (!SOAP11.equals(ns)) {
                            return new Shape(Problem.NOT_ENVELOPE, null);
                        }
                        if ("Header".equals(local) && !seenHeader && !seenBody) {
                            seenHeader = true;
                        } else if ("Body".equals(local) && !seenBody) {
                            seenBody = true;
                        } else {
                            return new Shape(Problem.NOT_ENVELOPE, null);
                        }
                    } else if (depth == 3 && seenBody) {
                        bodyChildren++;
                        if (bodyChildren > 1 || !NS.equals(ns) || !OPERATIONS.contains(local)) {
                            return new Shape(Problem.UNKNOWN_OPERATION, null);
                        }
                        operation = local;
                    } else if (depth == 3) {
                        String mu = r.getAttributeValue(SOAP11, "mustUnderstand");
                        if (mu != null && ("1".equals(mu.trim()) || "true".equals(mu.trim()))
                                && !UNDERSTOOD.contains(new QName(ns, local))) {
                            return new Shape(Problem.MUST_UNDERSTAND, null);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.CHARACTERS && depth <= 2 && !r.isWhiteSpace()) {
                    return new Shape(Problem.NOT_ENVELOPE, null);
                }
            }
            if (!seenBody) {
                return new Shape(Problem.NO_BODY, null);
            }
            if (operation == null) {
                return new Shape(Problem.UNKNOWN_OPERATION, null);
            }
            return new Shape(Problem.NONE, operation);
        } catch (XMLStreamException | RuntimeException e) {
            return new Shape(Problem.NOT_ENVELOPE, null);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release
                }
            }
        }
    }
}
