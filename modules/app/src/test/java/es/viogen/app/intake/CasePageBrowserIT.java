package es.viogen.app.intake;

import es.viogen.app.support.Api;
import es.viogen.app.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static es.viogen.app.intake.IntakeFixtures.caseJson;
import static es.viogen.app.intake.IntakeFixtures.dni;
import static es.viogen.app.intake.IntakeFixtures.queryLong;
import static es.viogen.app.intake.IntakeFixtures.unique;
import static es.viogen.app.intake.IntakeFixtures.unitId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The case page: the owner sees the protected address, records an incident, and is refused an early inactivation. */
class CasePageBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theOwnerRecordsAnIncidentAndIsToldWhyTheCaseCannotBeInactivated() throws Exception {
        Api.Reply r = Api.demo().as("juzgado-valladolid", "viogen-demo").post("/api/v1/cases", caseJson(unique("AT-PG"),
                Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(), "47186", dni(),
                "Ana", dni(), unitId("UFAM-VA")));
        assertEquals(201, r.status(), r.body());
        long id = r.json().getJsonNumber("id").longValue();

        browser.login("policia.valladolid", "viogen-demo");
        browser.open("/cases/case.xhtml?id=" + id);
        browser.waitFor(By.id("case-number"));
        assertTrue(browser.find(By.id("victim-address")).getText().contains("C/ Secreta 1"),
                "the responsible unit sees the protected address");

        // incident without a description: refused on the field, nothing written
        browser.find(By.id("head:open-incident")).click();
        browser.waitFor(By.id("incident:field-occurredAt"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('incident:field-type_input').value = 'BREACH_OF_MEASURE';");
        browser.find(By.id("incident:field-occurredAt")).sendKeys(
                java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Madrid")).minusHours(1)
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
        browser.find(By.id("incident:field-source")).sendKeys("víctima");
        browser.find(By.id("incident:save-incident")).click();
        browser.waitForText(By.id("incident:messages"), "obligatorio");
        assertEquals(0, queryLong("SELECT COUNT(*) FROM intake.incident WHERE case_id = ?", id));

        browser.find(By.id("incident:field-description")).sendKeys("Se acercó al domicilio pese a la orden de alejamiento.");
        browser.find(By.id("incident:save-incident")).click();
        browser.waitForText(By.id("page-messages"), "reevaluación");
        assertEquals(1, queryLong("SELECT COUNT(*) FROM intake.incident WHERE case_id = ? AND requires_reassessment", id));
        browser.waitForText(By.id("incidents"), "Quebrantamiento");

        // inactivation without any assessment: refused, naming the condition
        browser.find(By.id("head:open-inactivation")).click();
        browser.waitFor(By.id("inactivation:save-inactivation")).click();
        browser.waitForText(By.id("inactivation:inactivation-messages"), "valoración de riesgo");
        assertEquals("ACTIVE", status(id));
    }

    @Test
    void theCasePageOpensWithTheLevelTheDeadlinesTheMeasuresAndTheActionsOfTheUsersRole() throws Exception {
        long id = es.viogen.app.risk.RiskCases.createInValladolid().orElseThrow(() -> new AssertionError("case created"));
        browser.login("policia.valladolid", "viogen-demo");
        browser.open("/cases/case.xhtml?id=" + id);
        browser.waitFor(By.id("case-glance"));
        assertTrue(browser.find(By.id("glance-risk-level")).getText().contains("Sin valorar"),
                browser.find(By.id("glance-risk-level")).getText());
        assertTrue(browser.find(By.id("glance-risk-level")).getAttribute("class").contains("vg-glance-warning"));
        assertTrue(browser.find(By.id("glance-risk-pending")).getText().startsWith("VPR"),
                "the owed VPR with its deadline: " + browser.find(By.id("glance-risk-pending")).getText());
        assertEquals(1, browser.driver().findElements(By.cssSelector("#case-glance .glance-action-assess")).size());

        String answers = java.util.stream.IntStream.rangeClosed(1, 36).mapToObj(i -> String.format("I%02d", i))
                .map(c -> "\"" + c + "\": \"" + (java.util.Set.of("I01", "I02", "I05", "I16").contains(c) ? "SI" : "NO") + "\"")
                .collect(java.util.stream.Collectors.joining(", "));
        Api.Reply vpr = Api.demo().as(es.viogen.app.risk.RiskCases.assessor(), "viogen-demo").post(
                "/api/v1/cases/" + id + "/assessments", "{\"answers\": {" + answers + "}, \"victimPerceptionAsked\": true}");
        assertEquals(201, vpr.status(), vpr.body());

        browser.open("/cases/case.xhtml?id=" + id);
        // measures reacts to the assessment through the publication registry: wait for the plan of "alto"
        browser.waiting(java.time.Duration.ofSeconds(60)).until(d -> {
            d.navigate().refresh();
            var m = d.findElements(By.id("glance-measures"));
            return !m.isEmpty() && !m.get(0).getText().startsWith("0 ");
        });
        assertEquals("alto", browser.find(By.id("glance-risk-level")).getText().trim(), "weapons and threats to kill");
        assertTrue(browser.driver().findElements(By.id("glance-risk-pending")).isEmpty(), "the VPR is no longer owed");
        String next = browser.find(By.id("glance-reassessment")).getText();
        assertTrue(next.contains("(en ") && (next.contains("días") || next.contains(" h)")),
                "alto brings a re-assessment within 7 days, with its countdown: " + next);
        assertTrue(browser.find(By.id("glance-measures")).getText().contains("en vigor"),
                browser.find(By.id("glance-measures")).getText());
        browser.find(By.cssSelector("#case-glance .glance-action-plan")).click();
        browser.waiting(java.time.Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/follow-up/plan.xhtml?case=" + id));
        browser.waitFor(By.id("plan-title"));

        Browser regional = new Browser();
        try {
            regional.login("regional.cyl", "viogen-demo");
            regional.open("/cases/case.xhtml?id=" + id);
            regional.waitFor(By.id("case-glance"));
            assertTrue(regional.driver().findElements(By.cssSelector("#case-glance .glance-action-assess")).isEmpty(),
                    "a coordination unit does not assess");
            assertEquals(1, regional.driver().findElements(By.cssSelector("#case-glance .glance-action-plan")).size());
        } finally {
            regional.close();
        }
        browser.open("/cases/case.xhtml?id=" + id);
        browser.waitFor(By.id("case-glance"));
        // the printable case file: its download is audited as an export of this case
        browser.find(By.id("head:case-file")).click();
        browser.waiting(java.time.Duration.ofSeconds(30)).until(d -> {
            try {
                return queryLong("SELECT COUNT(*) FROM platform.audit_log WHERE action = 'EXPORT' AND record_id = ? "
                        + "AND purpose = 'case file PDF' AND actor = 'policia.valladolid'", String.valueOf(id)) == 1;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        browser.open("/cases/case.xhtml?id=" + id);
        browser.waitFor(By.id("case-glance"));
        browser.find(By.id("topbar:lang-en")).click();
        browser.waitForText(By.id("glance-risk-level"), "high");
        assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());
    }

    private static String status(long id) throws Exception {
        try (var c = es.viogen.app.support.TestEnvironment.get().connect();
             var ps = c.prepareStatement("SELECT status FROM intake.case_file WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
