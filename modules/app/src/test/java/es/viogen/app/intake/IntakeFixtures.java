package es.viogen.app.intake;

import es.viogen.app.support.TestEnvironment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Test data for intake tests: valid unique documents, unit ids, JSON bodies, partner clients with chosen scopes. */
public final class IntakeFixtures {

    static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    private IntakeFixtures() {
    }

    /** A valid DNI that no other test uses (random 8 digits with its check letter). */
    public static String dni() {
        long n = ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        return String.format("%08d%c", n, LETTERS.charAt((int) (n % 23)));
    }

    /** The same number with a wrong letter. */
    static String wrongLetter(String dni) {
        char right = dni.charAt(8);
        char wrong = right == 'A' ? 'B' : 'A';
        return dni.substring(0, 8) + wrong;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static long unitId(String code) throws SQLException {
        return queryLong("SELECT id FROM platform.unit WHERE code = ?", code);
    }

    public static long queryLong(String sql, Object param) throws SQLException {
        try (Connection c = TestEnvironment.get().connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    /** A partner client with the demo secret, given scopes and province (copied from the demo court). */
    public static String partner(String scopes, String region, String province) throws SQLException {
        String clientId = "test-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = TestEnvironment.get().connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO platform.partner_client (client_id, organisation, kind, secret_hash, scopes, region_code, "
                        + "province_code) SELECT ?, 'Organismo de prueba', 'COURT', secret_hash, ?, ?, ? "
                        + "FROM platform.partner_client WHERE client_id = 'juzgado-valladolid'")) {
            ps.setString(1, clientId);
            ps.setString(2, scopes);
            ps.setString(3, region);
            ps.setString(4, province);
            ps.executeUpdate();
        }
        return clientId;
    }

    public static String caseJson(String atestado, String filedAt, String municipality, String victimDni, String victimFirst,
                           String aggressorDni, Long unitId) {
        return """
                {"complaint":{"atestadoNumber":"%s","filedAt":"%s","place":"Domicilio","municipalityCode":"%s",
                  "channel":"VICTIM","summary":"Hechos de prueba"},
                 "victim":{"identity":{"firstName":"%s","lastName1":"Prueba","lastName2":"Test","documentType":"DNI",
                   "documentNumber":"%s","birthDate":"1990-04-12","nationality":"española"},
                   "language":"español","interpreterNeeded":false,"safeContactChannel":"móvil","safeCallWindow":"mañanas",
                   "phone":"600111222","address":"C/ Secreta 1","addressProtected":true},
                 "aggressor":{"identity":{"firstName":"Agresor","lastName1":"Prueba","documentType":"DNI",
                   "documentNumber":"%s","birthDate":"1985-06-01"},"relationship":"EX_PARTNER","cohabiting":false,
                   "weaponsLicence":false,"whereaboutsKnown":true},
                 "minors":[{"firstName":"Niño","age":6,"commonChild":true,"custodyArrangement":"materna","school":"CEIP"}],
                 "responsibleUnitId":%s}
                """.formatted(atestado, filedAt, municipality, victimFirst, victimDni, aggressorDni,
                unitId == null ? "null" : unitId.toString());
    }
}
