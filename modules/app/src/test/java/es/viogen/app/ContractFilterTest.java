package es.viogen.app;

import org.junit.jupiter.api.Test;

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
}
