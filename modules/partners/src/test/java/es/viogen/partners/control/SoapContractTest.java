package es.viogen.partners.control;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The SOAP contract and the code that answers it stay in step; the hand-written faults are what the XSD says. */
class SoapContractTest {

    private static final String XSD = "/META-INF/resources/WEB-INF/wsdl/partners-v1.xsd";

    @Test
    void theXsdEnumeratesExactlyTheFaultCodesTheServiceUses() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        List<String> enumerated = new ArrayList<>();
        try (InputStream in = SoapContractTest.class.getResourceAsStream(XSD)) {
            NodeList types = f.newDocumentBuilder().parse(in).getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "simpleType");
            for (int i = 0; i < types.getLength(); i++) {
                Element t = (Element) types.item(i);
                if ("FaultCode".equals(t.getAttribute("name"))) {
                    NodeList values = t.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "enumeration");
                    for (int j = 0; j < values.getLength(); j++) {
                        enumerated.add(((Element) values.item(j)).getAttribute("value"));
                    }
                }
            }
        }
        assertEquals(SoapFaultCodes.ALL, enumerated);
        for (String kept : List.of("VALIDATION", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "MESSAGE_ID_REQUIRED",
                "MESSAGE_ID_INVALID", "MESSAGE_ID_REUSED", "MESSAGE_IN_PROGRESS", "SERVICE_UNAVAILABLE", "XML_REFUSED",
                "MALFORMED", "PAYLOAD_TOO_LARGE", "INTERNAL")) {
            assertTrue(enumerated.contains(kept), "existing code kept: " + kept);
        }
    }

    @Test
    void faultcodesBlameTheCallerExceptForOurOwnFailures() {
        assertEquals("Client", SoapFaultCodes.faultcode("VALIDATION"));
        assertEquals("Client", SoapFaultCodes.faultcode("UNAUTHORIZED"));
        assertEquals("Client", SoapFaultCodes.faultcode("MESSAGE_ID_REUSED"));
        assertEquals("Server", SoapFaultCodes.faultcode("INTERNAL"));
        assertEquals("Server", SoapFaultCodes.faultcode("SERVICE_UNAVAILABLE"));
        assertEquals("VersionMismatch", SoapFaultCodes.faultcode("VERSION_MISMATCH"));
        assertEquals("MustUnderstand", SoapFaultCodes.faultcode("MUST_UNDERSTAND"));
        assertEquals("RULE_VIOLATION", SoapFaultCodes.contractCode("SOME_NEW_RULE"));
        assertEquals("TRANSFER_DECIDED", SoapFaultCodes.contractCode("TRANSFER_DECIDED"));
    }

    @Test
    void aHandWrittenFaultReadsBackAndEscapesEverything() {
        byte[] xml = SoapFaults.xml(new SoapFaults.Fault("VALIDATION", "a <b> & \u0000 \"c\"", List.of("caseId: <x>")));
        String s = new String(xml, StandardCharsets.UTF_8);
        assertTrue(s.contains("<faultcode>S:Client</faultcode>"), s);
        assertFalse(s.contains("\u0000"));
        SoapFaults.Found found = SoapFaults.read(xml);
        assertEquals("Client", found.faultcode());
        assertEquals("VALIDATION", found.partnerFault().code());
        assertEquals(List.of("caseId: <x>"), found.partnerFault().fields());
        assertNull(SoapFaults.read("<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><x/></S:Body></S:Envelope>"
                .getBytes(StandardCharsets.UTF_8)));
        assertNull(SoapFaults.read("not xml".getBytes(StandardCharsets.UTF_8)));
    }

    private static SoapEnvelopes.Problem shape(String xml) {
        return SoapEnvelopes.inspect(xml.getBytes(StandardCharsets.UTF_8)).problem();
    }

    @Test
    void envelopesAreCheckedBeforeTheSoapStack() {
        String s11 = "http://schemas.xmlsoap.org/soap/envelope/";
        String ok = "<S:Envelope xmlns:S=\"" + s11 + "\" xmlns:v=\"urn:viogen:partners:v1\"><S:Header><v:MessageId S:mustUnderstand=\"1\">k</v:MessageId></S:Header>"
                + "<S:Body><v:GetCaseStatusRequest><v:caseId>1</v:caseId></v:GetCaseStatusRequest></S:Body></S:Envelope>";
        assertEquals(SoapEnvelopes.Problem.NONE, shape(ok));
        assertEquals(SoapEnvelopes.Problem.VERSION_MISMATCH,
                shape("<e:Envelope xmlns:e=\"http://www.w3.org/2003/05/soap-envelope\"><e:Body/></e:Envelope>"));
        assertEquals(SoapEnvelopes.Problem.NOT_ENVELOPE, shape("<x/>"));
        assertEquals(SoapEnvelopes.Problem.NO_BODY, shape("<S:Envelope xmlns:S=\"" + s11 + "\"><S:Header/></S:Envelope>"));
        assertEquals(SoapEnvelopes.Problem.UNKNOWN_OPERATION, shape("<S:Envelope xmlns:S=\"" + s11 + "\"><S:Body/></S:Envelope>"));
        assertEquals(SoapEnvelopes.Problem.UNKNOWN_OPERATION, shape("<S:Envelope xmlns:S=\"" + s11
                + "\" xmlns:v=\"urn:viogen:partners:v1\"><S:Body><v:DeleteEverything/></S:Body></S:Envelope>"));
        assertEquals(SoapEnvelopes.Problem.UNKNOWN_OPERATION, shape("<S:Envelope xmlns:S=\"" + s11
                + "\" xmlns:v=\"urn:viogen:partners:v1\"><S:Body><v:GetCoverageRequest/><v:GetCoverageRequest/></S:Body></S:Envelope>"));
        assertEquals(SoapEnvelopes.Problem.MUST_UNDERSTAND, shape("<S:Envelope xmlns:S=\"" + s11
                + "\"><S:Header><w:Security xmlns:w=\"urn:x\" S:mustUnderstand=\"1\"/></S:Header><S:Body/></S:Envelope>"));
        assertEquals(SoapEnvelopes.Problem.NOT_ENVELOPE, shape("<S:Envelope xmlns:S=\"" + s11 + "\">text<S:Body/></S:Envelope>"));
        assertEquals(SoapEnvelopes.Problem.TOO_DEEP, shape("<S:Envelope xmlns:S=\"" + s11
                + "\" xmlns:v=\"urn:viogen:partners:v1\"><S:Body><v:GetCoverageRequest>"
                + "<a>".repeat(40) + "</a>".repeat(40) + "</v:GetCoverageRequest></S:Body></S:Envelope>"));
    }
}
