package es.viogen.app;

import es.viogen.platform.api.PlainText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ContractFilterTest {

    @Test
    void repeatedOperationIdsBecomeNamesOfTheirMethodAndPath() {
        assertEquals("postCasesJudicialOrdersBreaches",
                ContractFilter.derivedId("POST", "/api/v1/cases/{caseId}/judicial-orders/{orderId}/breaches"));
        assertEquals("getCasesById", ContractFilter.derivedId("GET", "/api/v1/cases/{id}"));
        assertEquals("getPartnerCoverage", ContractFilter.derivedId("GET", "/api/v1/partner/coverage"));
    }

    @Test
    void theNonStandardEndpointsKeyIsDroppedFromBothForms() {
        String yaml = "openapi: 3.0.3\ninfo:\n  title: x\nendpoints:\n  /:\n  - /api/v1/cases\npaths:\n  /a: {}\n";
        assertEquals("openapi: 3.0.3\ninfo:\n  title: x\npaths:\n  /a: {}\n", OpenApiDocumentFilter.withoutEndpointsYaml(yaml));
        assertEquals("{\"openapi\":\"3.0.3\",\"paths\":{}}",
                OpenApiDocumentFilter.withoutEndpoints("{\"openapi\":\"3.0.3\",\"endpoints\":{\"/\":[]},\"paths\":{}}"));
    }

    @Test
    void plainTextPatternsRefuseControlCharactersAsTheValidatorDoes() {
        java.util.regex.Pattern single = java.util.regex.Pattern.compile(RecordSchemas.PLAIN);
        java.util.regex.Pattern multi = java.util.regex.Pattern.compile(RecordSchemas.PLAIN_MULTILINE);
        for (String s : List.of("Calle Mayor 3", "a\u0000b", "a\nb", "a\tb", "x\u0085y", "ñandú")) {
            assertEquals(PlainText.Validator.isPlain(s, false), single.matcher(s).matches(), s);
            assertEquals(PlainText.Validator.isPlain(s, true), multi.matcher(s).matches(), s);
        }
    }

    @Test
    void textExamplesBecomeJsonValues() {
        assertEquals(Map.of("a", List.of(1L, true), "b", "x"), JsonExamples.structured("{\"a\":[1,true],\"b\":\"x\"}"));
        assertEquals("no JSON", JsonExamples.structured("no JSON"));
        assertEquals("{broken", JsonExamples.structured("{broken"));
    }
}
