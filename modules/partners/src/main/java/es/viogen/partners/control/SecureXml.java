package es.viogen.partners.control;

import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Screens an incoming XML message before any SOAP stack sees it. SOAP forbids document type declarations, so any
 * DOCTYPE (the carrier of external entities and entity expansion) is refused, and the document must be well-formed.
 * Uses the JDK's own parser with secure processing and DOCTYPE disallowed, whatever parser the server prefers.
 */
public final class SecureXml {

    public enum Verdict { WELL_FORMED, DOCTYPE_REFUSED, MALFORMED }

    private SecureXml() {
    }

    public static Verdict screen(byte[] document) {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser p = f.newSAXParser();
            p.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            p.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            p.parse(new ByteArrayInputStream(document), new DefaultHandler());
            return Verdict.WELL_FORMED;
        } catch (SAXException e) {
            String m = String.valueOf(e.getMessage());
            return m.contains("DOCTYPE") || m.contains("doctype") ? Verdict.DOCTYPE_REFUSED : Verdict.MALFORMED;
        } catch (IOException e) {
            return Verdict.MALFORMED;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("secure XML parsing unavailable", e);
        }
    }
}
