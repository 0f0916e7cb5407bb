package es.viogen.app.risk;

import es.viogen.app.support.Api;
import es.viogen.app.support.TestEnvironment;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Cases for risk's HTTP and browser tests, created only through what exists: intake's {@code POST /api/v1/cases}
 * (as the demo court, which has cases:write). While intake's API is not there, callers skip the case-bound tests.
 */
public final class RiskCases {

    private RiskCases() {
    }

    static long unitId(String code) throws Exception {
        try (Connection c = TestEnvironment.get().connect(); var ps = c.prepareStatement(
                "SELECT id FROM platform.unit WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A new case of UFAM-VA (Valladolid), if intake's API can create one. */
    public static Optional<Long> createInValladolid() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(1_000_000);
        String json = """
                {"complaint": {"atestadoNumber": "AT-RISK-%d", "filedAt": "%s", "place": "Valladolid",
                   "municipalityCode": "47186", "channel": "VICTIM", "summary": "Prueba de valoración de riesgo"},
                 "victim": {"identity": {"firstName": "Prueba", "lastName1": "Riesgo", "lastName2": "Test",
                   "documentType": "NONE", "documentNumber": null, "birthDate": "1990-01-01", "nationality": "ES"},
                   "language": "es", "interpreterNeeded": false, "safeContactChannel": "PHONE",
                   "safeCallWindow": "mañanas", "phone": "600000000", "address": "Calle de Prueba 1",
                   "addressProtected": false},
                 "aggressor": {"identity": {"firstName": "Agresor", "lastName1": "Prueba", "lastName2": "Test",
                   "documentType": "NONE", "documentNumber": null, "birthDate": "1985-01-01", "nationality": "ES"},
                   "relationship": "EX_PARTNER", "cohabiting": false, "weaponsLicence": false, "whereaboutsKnown": true},
                 "minors": [],
                 "responsibleUnitId": %d}
                """.formatted(n, Instant.now().minusSeconds(3600), unitId("UFAM-VA"));
        Api.Reply r = Api.demo().as("juzgado-valladolid", "viogen-demo").post("/api/v1/cases", json);
        if (r.status() != 201) {
            return Optional.empty();
        }
        var body = r.json();
        for (String key : new String[]{"caseId", "id"}) {
            if (body.containsKey(key)) {
                return Optional.of(body.getJsonNumber(key).longValue());
            }
        }
        String location = r.header("Location");
        return location == null ? Optional.empty()
                : Optional.of(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
    }

    /** A partner client that may assess (Valladolid), as a test stand-in for the police information system. */
    public static String assessor() throws Exception {
        return es.viogen.app.intake.IntakeFixtures.partner("assessments:read assessments:write cases:read", "07", "47");
    }
}
