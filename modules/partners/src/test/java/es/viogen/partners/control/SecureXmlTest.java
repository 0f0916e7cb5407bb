package es.viogen.partners.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

class SecureXmlTest {

    private static SecureXml.Verdict screen(String s) {
        return SecureXml.screen(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPlainSoapEnvelopeIsWellFormed() {
        assertEquals(SecureXml.Verdict.WELL_FORMED, screen("<?xml version=\"1.0\"?><S:Envelope "
                + "xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><a>b</a></S:Body></S:Envelope>"));
    }

    @Test
    void externalEntitiesAreRefused() {
        assertEquals(SecureXml.Verdict.DOCTYPE_REFUSED, screen("<?xml version=\"1.0\"?><!DOCTYPE r "
                + "[<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>"));
    }

    @Test
    void entityExpansionIsRefused() {
        assertEquals(SecureXml.Verdict.DOCTYPE_REFUSED, screen("<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>"));
    }

    @Test
    void aDoctypeHiddenInUtf16IsRefusedToo() {
        byte[] utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE r [<!ENTITY x \"y\">]><r>&x;</r>"
                .getBytes(StandardCharsets.UTF_16);
        assertEquals(SecureXml.Verdict.DOCTYPE_REFUSED, SecureXml.screen(utf16));
    }

    @Test
    void brokenXmlIsMalformed() {
        assertEquals(SecureXml.Verdict.MALFORMED, screen("<a><b></a>"));
        assertEquals(SecureXml.Verdict.MALFORMED, screen(""));
    }
}
