package es.viogen.partners.control;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * SOAP 1.1 faults of the partner service, written by hand (so nothing but what is given here can appear: no Java
 * class, no stack trace) and read back from what the SOAP stack produced, to rewrite it.
 */
public final class SoapFaults {

    /** A fault as the service answers it: contract code, Spanish message, field details. */
    public record Fault(String code, String message, List<String> fields) {
    }

    /** What a SOAP stack's fault said: the faultcode's local name, the faultstring and the PartnerFault detail if any. */
    public record Found(String faultcode, String faultstring, Fault partnerFault) {
    }

    private SoapFaults() {
    }

    public static byte[] xml(Fault f) {
        String code = SoapFaultCodes.contractCode(f.code());
        String m = escape(f.message());
        StringBuilder fields = new StringBuilder();
        for (String field : f.fields()) {
            fields.append("<v:field>").append(escape(field)).append("</v:field>");
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<S:Envelope xmlns:S=\"" + SoapEnvelopes.SOAP11 + "\"><S:Body><S:Fault>"
                + "<faultcode>S:" + SoapFaultCodes.faultcode(code) + "</faultcode>"
                + "<faultstring xml:lang=\"es\">" + m + "</faultstring><detail>"
                + "<v:PartnerFault xmlns:v=\"" + SoapEnvelopes.NS + "\"><v:code>" + code + "</v:code><v:message>" + m
                + "</v:message>" + fields + "</v:PartnerFault></detail></S:Fault></S:Body></S:Envelope>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** The fault in a SOAP response, or null when the response is not a SOAP 1.1 fault. */
    public static Found read(byte[] response) {
        if (response == null || response.length == 0) {
            return null;
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            Document d = b.parse(new ByteArrayInputStream(response));
            Element root = d.getDocumentElement();
            if (!"Envelope".equals(root.getLocalName())) {
                return null;
            }
            NodeList faults = d.getElementsByTagNameNS(root.getNamespaceURI(), "Fault");
            if (faults.getLength() == 0) {
                return null;
            }
            Element fault = (Element) faults.item(0);
            String faultcode = localPart(text(child(fault, null, "faultcode")));
            if (faultcode == null) {
                // SOAP 1.2 shape (Code/Value): not ours to keep
                faultcode = localPart(text(first(fault, "Value")));
            }
            String faultstring = text(child(fault, null, "faultstring"));
            Fault partner = null;
            NodeList pf = d.getElementsByTagNameNS(SoapEnvelopes.NS, "PartnerFault");
            if (pf.getLength() > 0) {
                Element p = (Element) pf.item(0);
                List<String> fields = new ArrayList<>();
                NodeList fs = p.getElementsByTagNameNS(SoapEnvelopes.NS, "field");
                for (int i = 0; i < fs.getLength(); i++) {
                    fields.add(fs.item(i).getTextContent());
                }
                partner = new Fault(text(child(p, SoapEnvelopes.NS, "code")), text(child(p, SoapEnvelopes.NS, "message")),
                        fields);
            }
            return new Found(faultcode, faultstring, partner);
        } catch (Exception e) {
            return null;
        }
    }

    private static Element child(Element parent, String ns, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && (ns == null || ns.equals(e.getNamespaceURI()))) {
                return e;
            }
        }
        return null;
    }

    private static Element first(Element parent, String local) {
        NodeList l = parent.getElementsByTagNameNS("*", local);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent().trim();
    }

    private static String localPart(String qname) {
        if (qname == null || qname.isEmpty()) {
            return null;
        }
        int colon = qname.indexOf(':');
        return colon < 0 ? qname : qname.substring(colon + 1);
    }

    /** XML text escaping, also of characters XML 1.0 cannot carry at all (replaced). */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
