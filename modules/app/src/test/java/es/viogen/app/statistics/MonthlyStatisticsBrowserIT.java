package es.viogen.app.statistics;

import es.viogen.app.intake.IntakeFixtures;
import es.viogen.app.risk.RiskCases;
import es.viogen.app.support.Api;
import es.viogen.app.support.Browser;
import es.viogen.app.support.TestEnvironment;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monthly statistics over HTTP: cases of Castilla y León whose history lies in an old month (opened then: their
 * dates moved back in the database, as a case of that time would have them), that month built by the administrator's
 * "build missing months" on the page, read by the ministry's partner over REST and on the page; then the cases are
 * changed (assessed now, one inactivated in the history of that month, one more case moved into it) and the month's
 * snapshot reads exactly as before, over REST and on the page; building it again writes nothing, and the database
 * refuses any change to a snapshot cell.
 */
class MonthlyStatisticsBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    static int exec(String sql, Object... params) throws SQLException {
        try (Connection c = TestEnvironment.get().connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    static long count(String sql, Object... params) throws SQLException {
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

    /** A new case of Valladolid whose opening, complaint and pending VPR are moved to {@code at}. */
    static long caseOpenedAt(Instant at) throws Exception {
        long id = RiskCases.createInValladolid().orElseThrow(() -> new AssertionError("intake creates the case"));
        Instant until = Instant.now().plusSeconds(30);
        while (count("SELECT COUNT(*) FROM risk.assessment WHERE case_id = ? AND trigger_kind = 'CASE_OPENED'", id) == 0) {
            assertTrue(Instant.now().isBefore(until), "risk owes the case its VPR");
            Thread.sleep(200);
        }
        Timestamp t = Timestamp.from(at);
        exec("UPDATE intake.case_file SET opened_at = ?, status_since = ? WHERE id = ?", t, t, id);
        exec("UPDATE intake.complaint SET filed_at = ?, recorded_at = ? WHERE case_id = ?", t, t, id);
        exec("UPDATE risk.assessment SET created_at = ?, due_at = ? WHERE case_id = ?", t, Timestamp.from(at.plus(Duration.ofHours(24))), id);
        return id;
    }

    static Map<String, JsonValue> figures(JsonObject month) {
        Map<String, JsonValue> m = new HashMap<>();
        month.getJsonArray("figures").forEach(v -> m.put(v.asJsonObject().getString("metric") + "."
                + v.asJsonObject().getString("dimension"), v));
        return m;
    }

    long pageFigure(String key) {
        return Long.parseLong(browser.find(By.cssSelector("[data-figure='" + key.replace('.', '-') + "']")).getText().trim());
    }

    void showOnPage(YearMonth month) {
        browser.open("/statistics/monthly.xhtml?month=" + month + "&region=07");
        browser.waitForText(By.id("f:shown-month"), month.toString());
        browser.waitFor(By.id("f:figures"));
    }

    @Test
    void aMonthsSnapshotOfCastillaYLeonStaysAsWrittenAfterLaterChangesToItsCases() throws Exception {
        YearMonth month = YearMonth.of(2009 + ThreadLocalRandom.current().nextInt(10), 1 + ThreadLocalRandom.current().nextInt(12));
        Instant opened = month.atDay(10).atTime(10, 0).atZone(MADRID).toInstant();
        List<Long> cases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cases.add(caseOpenedAt(opened.plus(Duration.ofHours(i))));
        }

        // the administrator builds that month (it is long finished and has no snapshot)
        browser.login("admin", "viogen-demo");
        browser.open("/statistics/monthly.xhtml");
        browser.waitFor(By.id("f:buildFrom")).clear();
        browser.find(By.id("f:buildFrom")).sendKeys(month.toString());
        browser.find(By.id("f:buildTo")).clear();
        browser.find(By.id("f:buildTo")).sendKeys(month.toString());
        browser.find(By.id("f:build-missing")).click();
        browser.waitForText(By.id("f:messages"), "1 meses escritos");
        assertEquals(1, count("SELECT COUNT(*) FROM statistics.snapshot WHERE month = ? AND trigger_kind = 'BACKFILL'",
                java.sql.Date.valueOf(month.atDay(1))));

        showOnPage(month);
        long active = pageFigure("ACTIVE_CASES.TOTAL");
        assertTrue(active >= 6, "the six cases are active at the month's end: " + active);
        assertTrue(pageFigure("NEW_CASES.TOTAL") >= 6);
        assertTrue(pageFigure("ACTIVE_BY_LEVEL.NONE") >= 6, "none was assessed by then");
        assertTrue(pageFigure("ASSESSMENTS_OVERDUE.TOTAL") >= 6, "their VPRs were due the next day and never done then");
        assertTrue(pageFigure("LOCAL_POLICE.PROGRAMME") >= 71, "the programme's towns");

        // the ministry reads it over REST; a partner of another region and one without the scope may not
        String ministry = IntakeFixtures.partner("statistics:read", null, null);
        Api api = Api.demo().as(ministry, "viogen-demo");
        Api.Reply first = api.get("/api/v1/statistics/monthly/" + month + "?region=07");
        assertEquals(200, first.status(), first.body());
        Map<String, JsonValue> before = figures(first.json());
        assertEquals(active, before.get("ACTIVE_CASES.TOTAL").asJsonObject().getJsonNumber("value").longValue(),
                "REST and page give the same snapshot");
        assertTrue(api.get("/api/v1/statistics/monthly").body().contains("\"" + month + "\""));
        assertEquals(403, Api.demo().as(IntakeFixtures.partner("statistics:read", "01", null), "viogen-demo")
                .get("/api/v1/statistics/monthly/" + month + "?region=07").status(), "outside the partner's territory");
        assertEquals(403, Api.demo().as("juzgado-valladolid", "viogen-demo")
                .get("/api/v1/statistics/monthly/" + month + "?region=07").status(), "without statistics:read");
        Api.Reply bad = api.get("/api/v1/statistics/monthly/2026-13");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.contentType().startsWith("application/problem+json"));
        assertEquals(404, api.get("/api/v1/statistics/monthly/2007-01?region=07").status());

        // later changes to the cases it counted: two assessed now, one inactivated back then, one more case opened then
        Api assessor = Api.demo().as(RiskCases.assessor(), "viogen-demo");
        String vpr = java.util.stream.IntStream.rangeClosed(1, 36).mapToObj(i -> String.format("\"I%02d\": \"SI\"", i))
                .collect(java.util.stream.Collectors.joining(", "));
        for (long id : cases.subList(0, 2)) {
            assertEquals(201, assessor.post("/api/v1/cases/" + id + "/assessments",
                    "{\"answers\": {" + vpr + "}, \"victimPerceptionAsked\": true}").status());
        }
        exec("INSERT INTO intake.inactivation (case_id, kind, rule_applied, decided_at, decided_by) VALUES (?, 'INACTIVATION', 'TEST', ?, 'test')",
                cases.get(2), Timestamp.from(opened.plus(Duration.ofDays(5))));
        caseOpenedAt(opened.plus(Duration.ofDays(2)));

        Api.Reply again = api.get("/api/v1/statistics/monthly/" + month + "?region=07");
        assertEquals(200, again.status(), again.body());
        assertEquals(before, figures(again.json()), "the snapshot is what was written at the time");
        assertEquals(first.json().getString("builtAt"), again.json().getString("builtAt"));
        showOnPage(month);
        assertEquals(active, pageFigure("ACTIVE_CASES.TOTAL"));
        assertTrue(pageFigure("ACTIVE_BY_LEVEL.NONE") >= 6);

        // building it again writes nothing; the table refuses any change
        browser.find(By.id("f:buildFrom")).clear();
        browser.find(By.id("f:buildFrom")).sendKeys(month.toString());
        browser.find(By.id("f:buildTo")).clear();
        browser.find(By.id("f:buildTo")).sendKeys(month.toString());
        browser.find(By.id("f:build-missing")).click();
        browser.waitForText(By.id("f:messages"), "No faltaba ningún mes");
        assertEquals(before, figures(api.get("/api/v1/statistics/monthly/" + month + "?region=07").json()));
        SQLException refused = assertThrows(SQLException.class, () -> exec(
                "UPDATE statistics.snapshot_cell SET value = value + 1 WHERE month = ?", java.sql.Date.valueOf(month.atDay(1))));
        assertTrue(refused.getMessage().contains("written once"), refused.getMessage());
        assertTrue(count("SELECT COUNT(*) FROM platform.audit_log WHERE record_type = 'MonthlyStatistics' AND action = 'READ' "
                + "AND record_id = ?", month + ":region-07") >= 2, "reads are audited");
    }
}
