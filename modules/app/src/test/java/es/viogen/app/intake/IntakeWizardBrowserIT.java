package es.viogen.app.intake;

import es.viogen.app.support.Api;
import es.viogen.app.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static es.viogen.app.intake.IntakeFixtures.caseJson;
import static es.viogen.app.intake.IntakeFixtures.dni;
import static es.viogen.app.intake.IntakeFixtures.queryLong;
import static es.viogen.app.intake.IntakeFixtures.unique;
import static es.viogen.app.intake.IntakeFixtures.unitId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The intake wizard end to end in a real browser, and the León officer refused a Valladolid case page. */
class IntakeWizardBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private void type(String id, String text) {
        WebElement e = browser.waitFor(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    private void next() {
        browser.find(By.id("f:next")).click();
    }

    /** Arranges an existing case (through the partner API) whose victim has {@code victimDni}. */
    private long existingCase(String atestado, String victimDni) throws Exception {
        Api.Reply r = Api.demo().as("juzgado-valladolid", "viogen-demo").post("/api/v1/cases", caseJson(atestado,
                Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(), "47186", victimDni,
                "Ana", dni(), unitId("UFAM-VA")));
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    @Test
    void anOfficerRecordsAComplaintSeesTheDuplicateVictimAndSavesTheCase() throws Exception {
        String victimDni = dni();
        String earlierAtestado = unique("AT-PREV");
        long earlier = existingCase(earlierAtestado, victimDni);
        String earlierNumber = browserlessCaseNumber(earlier);
        String atestado = unique("AT-WIZ");

        browser.login("policia.valladolid", "viogen-demo");
        browser.open("/cases/new.xhtml");
        browser.waitFor(By.id("intake-title"));
        type("f:field-complaint-atestadoNumber", atestado);
        type("f:field-complaint-municipalityCode", "47186");
        type("f:field-complaint-place", "Domicilio familiar");
        type("f:field-complaint-summary", "La víctima denuncia amenazas.");
        next();

        // victim: first with a wrong DNI letter, which is refused on the field
        // and a name longer than the limit, which is refused with a message (it used to be cut without a word)
        type("f:field-victim-identity-firstName", "A".repeat(150));
        type("f:field-victim-identity-lastName1", "Prueba");
        type("f:field-victim-identity-documentNumber", IntakeFixtures.wrongLetter(victimDni));
        type("f:field-victim-identity-birthDate", "12/04/1990");
        next();
        browser.waitForText(By.id("f:messages"), "Hay 2 datos que corregir");
        String page = browser.find(By.id("f")).getText();
        assertEquals(1, page.split("La letra del DNI no corresponde al número", -1).length - 1,
                "the message is shown once, next to its field: " + page);
        assertTrue(page.contains("Como máximo 100 caracteres") || page.contains("100"), page);
        assertEquals(150, browser.find(By.id("f:field-victim-identity-firstName")).getAttribute("value").length(),
                "what was typed is kept for the officer to correct, not cut");
        type("f:field-victim-identity-firstName", "Ana");
        type("f:field-victim-identity-documentNumber", victimDni);
        next();

        // aggressor step shows the earlier record of the same victim right away
        browser.waitFor(By.id("f:field-aggressor-identity-firstName"));
        assertTrue(browser.find(By.id("f:victim-duplicates-early")).getText().contains(earlierNumber));
        type("f:field-aggressor-identity-firstName", "Pedro");
        type("f:field-aggressor-identity-lastName1", "Prueba");
        type("f:field-aggressor-identity-documentNumber", dni());
        type("f:field-aggressor-identity-birthDate", "01/06/1985");
        // the menu's hidden native select is what the form submits
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('f:field-aggressor-relationship_input').value = 'EX_PARTNER';");
        next();

        // minors: add one
        browser.waitFor(By.id("f:add-minor")).click();
        browser.waitFor(By.cssSelector("input[id$='minor-firstName']")).sendKeys("Leo");
        WebElement age = browser.find(By.cssSelector("input[id$='minor-age']"));
        age.sendKeys("18");
        next();
        // an adult is refused next to the minor's age, and the typed value stays
        browser.waitForText(By.id("f:messages"), "Hay un dato que corregir");
        String minors = browser.find(By.id("f:step-minors")).getText();
        assertTrue(minors.contains("0") && minors.contains("17"), "the age's message names the range: " + minors);
        age = browser.find(By.cssSelector("input[id$='minor-age']"));
        assertEquals("18", age.getAttribute("value"));
        age.clear();
        age.sendKeys("6");
        next();

        // review: the duplicate is shown before saving
        browser.waitFor(By.id("f:victim-duplicates"));
        assertTrue(browser.find(By.id("f:victim-duplicates")).getText().contains(earlierNumber));
        assertTrue(browser.find(By.id("f:victim-duplicates")).getText().contains("Mismo documento"));
        assertEquals(0, queryLong("SELECT COUNT(*) FROM intake.complaint WHERE atestado_number = ?", atestado),
                "nothing saved before the officer confirms");
        browser.find(By.id("f:save")).click();

        WebElement number = browser.waitFor(By.id("case-number"));
        assertTrue(number.getText().matches("VG-\\d{4}-\\d{6}"), number.getText());
        String opened = browser.find(By.id("content")).getText();
        assertEquals(1, opened.split(java.util.regex.Pattern.quote(number.getText() + " abierto"), -1).length - 1,
                "«Caso … abierto.» once: " + opened);
        assertEquals(1, queryLong("SELECT COUNT(*) FROM intake.complaint WHERE atestado_number = ?", atestado));
        long caseId = queryLong("SELECT case_id FROM intake.complaint WHERE atestado_number = ?", atestado);
        assertEquals(queryLong("SELECT person_ref FROM intake.victim WHERE case_id = ?", earlier),
                queryLong("SELECT person_ref FROM intake.victim WHERE case_id = ?", caseId),
                "the same document links the same person");
        assertEquals(1, queryLong("SELECT COUNT(*) FROM intake.minor WHERE case_id = ?", caseId));
        assertTrue(browser.find(By.id("timeline")).getText().contains(number.getText()));
    }

    /** Fills the wizard up to the review step for the given victim and aggressor documents. */
    private void wizardUpToReview(String atestado, String victimDni, String aggressorDni) {
        browser.open("/cases/new.xhtml");
        browser.waitFor(By.id("intake-title"));
        type("f:field-complaint-atestadoNumber", atestado);
        type("f:field-complaint-municipalityCode", "47186");
        type("f:field-complaint-place", "Domicilio familiar");
        type("f:field-complaint-summary", "Nueva denuncia: amenazas por teléfono.");
        next();
        type("f:field-victim-identity-firstName", "Ana");
        type("f:field-victim-identity-lastName1", "Prueba");
        type("f:field-victim-identity-documentNumber", victimDni);
        type("f:field-victim-identity-birthDate", "12/04/1990");
        next();
        browser.waitFor(By.id("f:field-aggressor-identity-firstName"));
        type("f:field-aggressor-identity-firstName", "Agresor");
        type("f:field-aggressor-identity-lastName1", "Prueba");
        type("f:field-aggressor-identity-documentNumber", aggressorDni);
        type("f:field-aggressor-identity-birthDate", "01/06/1985");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('f:field-aggressor-relationship_input').value = 'EX_PARTNER';");
        next();
        browser.waitFor(By.id("f:add-minor"));
        next();
    }

    /** Issue 12, item 9: the officer sees the pair's existing case; saving attaches the complaint to it. */
    @Test
    void aSecondComplaintForTheSamePairIsAttachedToItsCaseFromTheWizard() throws Exception {
        String victimDni = dni();
        String aggressorDni = dni();
        Api.Reply r = Api.demo().as("juzgado-valladolid", "viogen-demo").post("/api/v1/cases", caseJson(unique("AT-PAIR"),
                Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(), "47186", victimDni,
                "Ana", aggressorDni, unitId("UFAM-VA")));
        assertEquals(201, r.status(), r.body());
        long existing = r.json().getJsonNumber("id").longValue();
        String number = browserlessCaseNumber(existing);

        browser.login("policia.valladolid", "viogen-demo");
        String atestado = unique("AT-PAIR2");
        wizardUpToReview(atestado, victimDni, aggressorDni);
        WebElement pair = browser.waitFor(By.id("pair-text"));
        assertTrue(pair.getText().contains(number), pair.getText());
        browser.find(By.id("f:save")).click();
        WebElement shown = browser.waitFor(By.id("case-number"));
        assertEquals(number, shown.getText(), "the existing case is shown");
        assertEquals(existing, queryLong("SELECT case_id FROM intake.complaint WHERE atestado_number = ?", atestado));
        assertEquals(1, queryLong("SELECT COUNT(*) FROM intake.victim WHERE document_number = ?", victimDni), "no second case");

        // a separate case needs a reason, then it is opened
        String separate = unique("AT-PAIR3");
        wizardUpToReview(separate, victimDni, aggressorDni);
        browser.waitFor(By.id("pair-text"));
        browser.find(By.cssSelector("[id='f:field-separateCase'] .ui-chkbox-box")).click();
        type("f:field-separateCaseReason", "Hechos distintos con otra pareja del investigado");
        browser.find(By.id("f:save")).click();
        WebElement other = browser.waitFor(By.id("case-number"));
        assertFalse(number.equals(other.getText()), "a new case");
        assertEquals(2, queryLong("SELECT COUNT(*) FROM intake.victim WHERE document_number = ?", victimDni));
        assertEquals(1, queryLong("SELECT COUNT(*) FROM platform.audit_log WHERE purpose LIKE ?",
                "%separate case from " + number + "%"));
    }

    private static String browserlessCaseNumber(long id) throws Exception {
        try (var c = es.viogen.app.support.TestEnvironment.get().connect();
             var ps = c.prepareStatement("SELECT case_number FROM intake.case_file WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void aLeonOfficerCannotOpenAValladolidCaseAndTheAttemptIsAudited() throws Exception {
        long id = existingCase(unique("AT-VA"), dni());
        String number = browserlessCaseNumber(id);
        long deniedBefore = queryLong("SELECT COUNT(*) FROM platform.audit_log WHERE action = 'ACCESS_DENIED' "
                + "AND actor = 'policia.leon' AND record_type = 'Case' AND record_id = ?", String.valueOf(id));

        browser.login("policia.leon", "viogen-demo");
        browser.open("/cases/case.xhtml?id=" + id);
        browser.waitFor(By.id("case-refusal"));
        String page = browser.driver().getPageSource();
        assertFalse(page.contains(number), "the case number is not shown");
        assertTrue(browser.driver().findElements(By.id("case-number")).isEmpty());
        assertTrue(browser.find(By.id("case-refusal")).getText().contains("No tiene permiso"), browser.find(By.id("case-refusal")).getText());
        assertEquals(deniedBefore + 1, queryLong("SELECT COUNT(*) FROM platform.audit_log WHERE action = 'ACCESS_DENIED' "
                + "AND actor = 'policia.leon' AND record_type = 'Case' AND record_id = ?", String.valueOf(id)));

        // nor does it appear in the León officer's list
        browser.open("/cases/list.xhtml");
        browser.waitFor(By.id("cases:table"));
        assertFalse(browser.find(By.id("cases:table")).getText().contains(number));
    }
}
