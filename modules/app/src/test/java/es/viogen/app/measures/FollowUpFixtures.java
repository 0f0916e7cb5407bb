package es.viogen.app.measures;

import es.viogen.app.intake.IntakeFixtures;
import es.viogen.app.support.Api;
import es.viogen.app.support.TestEnvironment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Arranges followed cases for the HTTP and browser tests: the case is registered through intake's REST api (the case
 * owner: every read of it passes intake's gate), then its plan is arranged straight in schema {@code measures} (as
 * this module's listeners would after risk's assessment), at a chosen level and time.
 */
final class FollowUpFixtures {

    private FollowUpFixtures() {
    }

    record FollowedCase(long caseId, String caseNumber, long unitId) {
    }

    static long unit(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM platform.unit WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * A case of the unit at {@code level}, assessed at {@code assessedAt} under the loaded protocol: the level's
     * catalogue measures in its plan, the re-assessment due after the level's period, both scheduled.
     */
    static FollowedCase followedCase(String unitCode, String region, String province, String municipality, String level,
                                     Instant assessedAt) throws SQLException {
        Api.Reply created = Api.demo().as(IntakeFixtures.partner("cases:write", region, province), "viogen-demo")
                .post("/api/v1/cases", IntakeFixtures.caseJson(IntakeFixtures.unique("AT-FU"),
                        Instant.now().minus(Duration.ofDays(30)).toString(), municipality, IntakeFixtures.dni(), "Ana",
                        IntakeFixtures.dni(), IntakeFixtures.unitId(unitCode)),
                        Map.of("Idempotency-Key", "fu-" + UUID.randomUUID()));
        if (created.status() != 201) {
            throw new IllegalStateException("case not registered: " + created.status() + " " + created.body());
        }
        long caseId = created.json().getJsonNumber("id").longValue();
        String number = created.json().getString("caseNumber");
        try (Connection c = TestEnvironment.get().connect()) {
            long unitId = unit(c, unitCode);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO measures.followed_case (case_id, case_number, unit_id, region_code, province_code,
                        municipality_code, status, level, protocol_id, last_assessment_id, last_assessed_at,
                        reassessment_due, reassessment_reason, reassessment_stage, next_check_at, opened_at)
                    SELECT ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, p.id, 1, ?,
                           CAST(? AS timestamptz) + make_interval(mins => r.max_interval_minutes), 'PERIODIC', 'NONE',
                           CAST(? AS timestamptz) + make_interval(mins => r.max_interval_minutes), ?
                      FROM measures.protocol_version p
                      JOIN measures.reassessment_policy r ON r.protocol_id = p.id AND r.level = ?
                     WHERE p.code = 'INSTR-4-2019'
                    ON CONFLICT (case_id) DO UPDATE SET unit_id = EXCLUDED.unit_id, status = EXCLUDED.status,
                        level = EXCLUDED.level, protocol_id = EXCLUDED.protocol_id,
                        last_assessment_id = EXCLUDED.last_assessment_id, last_assessed_at = EXCLUDED.last_assessed_at,
                        reassessment_due = EXCLUDED.reassessment_due, reassessment_reason = EXCLUDED.reassessment_reason,
                        reassessment_stage = EXCLUDED.reassessment_stage, next_check_at = EXCLUDED.next_check_at""")) {
                Timestamp at = Timestamp.from(assessedAt);
                ps.setLong(1, caseId);
                ps.setString(2, number);
                ps.setLong(3, unitId);
                ps.setString(4, region);
                ps.setString(5, province);
                ps.setString(6, municipality);
                ps.setString(7, level);
                ps.setTimestamp(8, at);
                ps.setTimestamp(9, at);
                ps.setTimestamp(10, at);
                ps.setTimestamp(11, at);
                ps.setString(12, level);
                if (ps.executeUpdate() != 1) {
                    throw new IllegalStateException("protocol INSTR-4-2019 not loaded");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO measures.plan_measure (case_id, catalogue_id, code, kind, frequency_hours, added_at,
                        added_for_level, next_due_at, stage, next_check_at)
                    SELECT ?, m.id, m.code, m.kind, m.frequency_hours, ?, ?,
                           CAST(? AS timestamptz) + make_interval(hours => m.frequency_hours), 'NONE',
                           CAST(? AS timestamptz) + make_interval(hours => m.frequency_hours)
                      FROM measures.catalogue_measure m JOIN measures.protocol_version p ON p.id = m.protocol_id
                     WHERE p.code = 'INSTR-4-2019' AND array_position(
                           ARRAY['NO_APRECIADO','BAJO','MEDIO','ALTO','EXTREMO'], m.min_level::text)
                           <= array_position(ARRAY['NO_APRECIADO','BAJO','MEDIO','ALTO','EXTREMO'], ?::text)""")) {
                Timestamp at = Timestamp.from(assessedAt);
                ps.setLong(1, caseId);
                ps.setTimestamp(2, at);
                ps.setString(3, level);
                ps.setTimestamp(4, at);
                ps.setTimestamp(5, at);
                ps.setString(6, level);
                ps.executeUpdate();
            }
            return new FollowedCase(caseId, number, unitId);
        }
    }

    static FollowedCase valladolid(String level, Instant assessedAt) throws SQLException {
        return followedCase("UFAM-VA", "07", "47", "47186", level, assessedAt);
    }

    static FollowedCase leon(String level, Instant assessedAt) throws SQLException {
        return followedCase("UFAM-LE", "07", "24", "24089", level, assessedAt);
    }
}
