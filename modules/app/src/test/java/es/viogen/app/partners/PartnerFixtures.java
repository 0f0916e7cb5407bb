package es.viogen.app.partners;

import es.viogen.app.support.Api;
import es.viogen.app.support.TestEnvironment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Shared helpers for the partner interface tests: demo partners, unique data, database checks. */
final class PartnerFixtures {

    static final String SECRET = "viogen-demo";
    /** Court of Valladolid (platform demo): cases, incidents, judicial orders, assessments, coverage. */
    static final String COURT = "juzgado-valladolid";
    /** Prison administration of Valladolid (partners demo): prison events, cases:read, events:subscribe. */
    static final String PRISON = "prisiones-valladolid";
    /** Victim-support office of León (partners demo): cases:read and coverage:read, province 24. */
    static final String SUPPORT_LEON = "oav-leon";

    private PartnerFixtures() {
    }

    static Api as(String client) {
        return Api.demo().as(client, SECRET);
    }

    static String key() {
        return "test-" + UUID.randomUUID();
    }

    static Map<String, String> keyed(String key) {
        return Map.of("Idempotency-Key", key);
    }

    static long count(String sql, Object... params) throws Exception {
        try (Connection c = TestEnvironment.get().connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static long unitId(String code) throws Exception {
        try (Connection c = TestEnvironment.get().connect();
             PreparedStatement ps = c.prepareStatement("SELECT id FROM platform.unit WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A valid DNI with its check letter. */
    static String dni() {
        int n = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        return n + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
    }

    /** A complaint in Valladolid owned by UFAM Valladolid, as intake's REST API takes it (the NewCase record). */
    static String newCaseJson(long unitId) {
        String atestado = "AT-" + UUID.randomUUID().toString().substring(0, 8);
        return """
                {"complaint":{"atestadoNumber":"%s","filedAt":"2026-11-20T10:00:00Z","place":"Calle Mayor",
                  "municipalityCode":"47186","channel":"VICTIM","summary":"Denuncia remitida por el juzgado"},
                 "victim":{"identity":{"firstName":"Ana","lastName1":"Prueba","lastName2":"Socia","documentType":"DNI",
                   "documentNumber":"%s","birthDate":"1990-01-01","nationality":"ES"},"language":"es",
                   "interpreterNeeded":false,"safeContactChannel":"phone","safeCallWindow":"mañanas","phone":"600000000",
                   "address":"Calle Protegida 1","addressProtected":true},
                 "aggressor":{"identity":{"firstName":"Juan","lastName1":"Prueba","lastName2":"Socio","documentType":"DNI",
                   "documentNumber":"%s","birthDate":"1985-01-01","nationality":"ES"},"relationship":"EX_PARTNER",
                   "cohabiting":false,"weaponsLicence":false,"whereaboutsKnown":true},
                 "minors":[],"responsibleUnitId":%d}
                """.formatted(atestado, dni(), dni(), unitId);
    }

    static String prisonEventJson(long caseId, String type) {
        LocalDate start = LocalDate.now().plusDays(2);
        return """
                {"caseId":%d,"type":"%s","occurredAt":"2026-11-20T09:00:00Z","startsOn":"%s","endsOn":"%s",
                 "facility":"Centro Penitenciario de Villanubla","reason":"Permiso ordinario"}
                """.formatted(caseId, type, start, start.plusDays(3));
    }
}
