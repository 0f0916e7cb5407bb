package es.viogen.app.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the hostile-input tests share: a partner holding every scope, a case of its territory to aim at, the row
 * counts of every table a successful request would write, the server's CPU time and the check that an answer reveals
 * nothing of the implementation.
 */
public final class HostileFixtures {

    public static final String SECRET = "viogen-demo";
    public static final String ALL_SCOPES = "cases:read cases:write incidents:write judicial-orders:write "
            + "prison-events:write events:subscribe assessments:read assessments:write coverage:read";

    /** The tables a request of the API writes when it succeeds (the audit log aside: refusals are audited). */
    public static final List<String> WRITTEN_TABLES = List.of("intake.case_file", "intake.complaint", "intake.victim",
            "intake.aggressor", "intake.minor", "intake.incident", "intake.transfer", "intake.inactivation",
            "measures.judicial_order", "measures.measure_execution", "measures.order_breach", "risk.assessment",
            "partners.prison_event", "partners.subscription", "partners.victim_notification",
            "municipal.adhesion_transition");

    private HostileFixtures() {
    }

    /** A new partner client of Castilla y León (region 07, province 47) with every scope; secret {@value #SECRET}. */
    public static String allScopesPartner() throws SQLException {
        return partner(ALL_SCOPES, "07", "47");
    }

    public static String partner(String scopes, String region, String province) throws SQLException {
        return es.viogen.app.intake.IntakeFixtures.partner(scopes, region, province);
    }

    public static long unitId(String code) throws SQLException {
        return queryLong("SELECT id FROM platform.unit WHERE code = ?", code);
    }

    public static long queryLong(String sql, Object... params) throws SQLException {
        try (Connection c = TestEnvironment.get().connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    /** Row counts of {@link #WRITTEN_TABLES} (those that exist). */
    public static Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = TestEnvironment.get().connect(); var st = c.createStatement()) {
            for (String table : WRITTEN_TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        continue;
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    out.put(table, rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** The tables whose count changed between two snapshots, with the difference. */
    public static Map<String, Long> written(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> out = new LinkedHashMap<>();
        after.forEach((t, n) -> {
            long d = n - before.getOrDefault(t, 0L);
            if (d != 0) {
                out.put(t, d);
            }
        });
        return out;
    }

    /** A valid DNI with its check letter. */
    public static String dni() {
        int n = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        return n + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
    }

    /** A complaint in Valladolid (47186) for the given unit, as {@code POST /api/v1/cases} takes it. */
    public static JsonObject newCase(long unitId) {
        String json = """
                {"complaint":{"atestadoNumber":"%s","filedAt":"2026-11-20T10:00:00Z","place":"Calle Mayor",
                  "municipalityCode":"47186","channel":"VICTIM","summary":"Denuncia remitida por el juzgado"},
                 "victim":{"identity":{"firstName":"Ana","lastName1":"Prueba","lastName2":"Socia","documentType":"DNI",
                   "documentNumber":"%s","birthDate":"1990-01-01","nationality":"ES"},"language":"es",
                   "interpreterNeeded":false,"safeContactChannel":"phone","safeCallWindow":"mañanas","phone":"600000000",
                   "address":"Calle Protegida 1","addressProtected":false},
                 "aggressor":{"identity":{"firstName":"Juan","lastName1":"Prueba","lastName2":"Socio","documentType":"DNI",
                   "documentNumber":"%s","birthDate":"1985-01-01","nationality":"ES"},"relationship":"EX_PARTNER",
                   "cohabiting":false,"weaponsLicence":false,"whereaboutsKnown":true},
                 "minors":[{"firstName":"Leo","age":6,"commonChild":true,"custodyArrangement":"materna","school":"CEIP"}],
                 "responsibleUnitId":%d}
                """.formatted("AT-H-" + UUID.randomUUID().toString().substring(0, 8), dni(), dni(), unitId);
        return Json.createReader(new StringReader(json)).readObject();
    }

    /**
     * Process CPU time of the server in milliseconds (user + system, from {@code /proc/<pid>/stat}), or -1 where
     * there is no such file.
     */
    public static long serverCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/" + TestEnvironment.get().serverPid() + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state(0) ppid(1) ... utime(11) stime(12), in clock ticks (100 per second on Linux)
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile(
            "\\b(?:java|javax|jakarta|org|com|es|fish|sun)\\.[a-z0-9_]+(?:\\.[a-z0-9_]+)*\\.[A-Z][A-Za-z0-9_$]*");
    private static final java.util.regex.Pattern STACK_FRAME = java.util.regex.Pattern.compile(
            "\\bat [a-zA-Z0-9_.$]+\\([A-Za-z0-9_]+\\.java:\\d+\\)");

    /** Whatever in an answer would tell an attacker about the implementation: a class name, a stack frame... */
    public static List<String> leaks(String body) {
        List<String> out = new ArrayList<>();
        if (body == null) {
            return out;
        }
        var m = CLASS_NAME.matcher(body);
        if (m.find()) {
            out.add("class name " + m.group());
        }
        if (STACK_FRAME.matcher(body).find()) {
            out.add("stack frame");
        }
        for (String marker : List.of("Exception", "Caused by", "PSQLException", "SQLState", "EclipseLink", "Yasson",
                "Parsson", "Jersey")) {
            if (body.contains(marker)) {
                out.add(marker);
            }
        }
        return out;
    }

    /** A JSON value's text, for building bodies. */
    public static String text(JsonValue v) {
        return v.toString();
    }
}
