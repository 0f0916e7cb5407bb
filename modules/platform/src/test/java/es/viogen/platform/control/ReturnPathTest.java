package es.viogen.platform.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReturnPathTest {

    @Test
    void aPageWithItsRecordIsKept() {
        assertEquals("/cases/case.xhtml?id=12", ReturnPath.of("/cases/case.xhtml", "id=12").orElseThrow());
        assertEquals("/risk/assess.xhtml?case=7&code=VPR", ReturnPath.of("/risk/assess.xhtml", "case=7&code=VPR")
                .orElseThrow());
        assertEquals("/home.xhtml", ReturnPath.of("/home.xhtml", null).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x.xhtml", "https://evil.example/a.xhtml", "/\\evil.example/a.xhtml",
            "/cases/../admin/users.xhtml", "/api/v1/cases", "/ws/partners/v1", "/login.xhtml?next=/home.xhtml",
            "/error.xhtml", "/templates/main.xhtml", "/home.xhtml#x", "/home.xhtml?a=<script>", "home.xhtml",
            "/home.xhtml\r\nSet-Cookie:x=1", "/jakarta.faces.resource/x.js", ""})
    void anythingElseIsDropped(String value) {
        assertTrue(ReturnPath.valid(value).isEmpty(), value);
    }

    @Test
    void theLoginAddressCarriesThePageEncoded() {
        assertEquals("/login.xhtml?next=%2Fcases%2Fcase.xhtml%3Fid%3D12",
                ReturnPath.loginFor("/cases/case.xhtml?id=12", null));
        assertEquals("/login.xhtml?expired=true&next=%2Fhome.xhtml", ReturnPath.loginFor("/home.xhtml", "expired=true"));
        assertEquals("/login.xhtml?expired=true", ReturnPath.loginFor("//evil.example/a.xhtml", "expired=true"));
        assertEquals("/login.xhtml", ReturnPath.loginFor(null, null));
    }

    @Test
    void anOverlongAddressIsDropped() {
        assertTrue(ReturnPath.valid("/cases/case.xhtml?q=" + "a".repeat(700)).isEmpty());
    }
}
