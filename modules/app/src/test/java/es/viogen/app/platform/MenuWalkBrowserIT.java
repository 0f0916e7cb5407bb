package es.viogen.app.platform;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import es.viogen.app.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every page of the menu of every demo role, as discovered from the menu itself (not listed by hand), and
 * checks each page in real Chromium: it has content (not the blank area after the top bar), no JavaScript error in the
 * console, and the WCAG 2.1 A/AA rules of axe-core. It writes a table of the serious and critical violations per rule
 * to {@code target/axe-report.txt} (the figures of issue 16).
 *
 * <p>Any serious or critical violation fails the test (before this test the menu's own structure failed
 * {@code aria-required-parent}, {@code aria-required-children} and {@code list} on every page, and the Saga theme's
 * blue buttons {@code color-contrast} on half of them).
 */
class MenuWalkBrowserIT {

    private static final List<String> ROLES = List.of("admin", "regional.cyl", "policia.valladolid",
            "supervisor.valladolid", "local.iscar", "adhesion.cyl");

    /** An internal code such as {@code POLICE_OFFICER} or {@code PRISON_PERMIT} shown to a person. */
    private static final java.util.regex.Pattern RAW_CODE = java.util.regex.Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");

    /**
     * English words that no Spanish text here uses (checked as whole words, not as part of a code such as the scope
     * {@code cases:read} or of an address, and outside elements marked {@code lang="en"},
     * e.g. an audit purpose recorded before it had a translation).
     */
    private static final java.util.regex.Pattern ENGLISH = java.util.regex.Pattern.compile(
            "(?<![\\w:/.-])(the|and|with|without|outside|scope|assessment|assessments|pending|rows|matches|failed|accepted|"
                    + "rejected|request|requested|transfer|page|list|read|search|partner|level|case|cases|"
                    + "follow-up|unit|none|exception|null|true|false)(?![\\w:/-])", java.util.regex.Pattern.CASE_INSENSITIVE);

    @RegisterExtension
    final Browser browser = new Browser();

    record Finding(String user, String page, String rule, String impact, int nodes, String example) {
    }

    @Test
    void everyMenuPageOfEveryRoleHasContentNoConsoleErrorAndMeetsTheFixedAccessibilityRules() throws Exception {
        List<Finding> findings = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> rawCodes = new TreeMap<>();
        Map<String, Set<String>> rawCodePages = new TreeMap<>();
        int pages = 0;
        for (String user : ROLES) {
            browser.login(user, "viogen-demo");
            Set<String> links = new LinkedHashSet<>();
            for (WebElement a : browser.driver().findElements(By.cssSelector("#main-menu a[href]"))) {
                links.add(a.getAttribute("href"));
            }
            assertTrue(links.size() >= 2, user + " has a menu: " + links);
            if (user.equals("policia.valladolid")) {
                links.addAll(recordPages()); // and the pages an officer opens on a case, with its record
            }
            browser.consoleErrors();
            for (String href : links) {
                browser.driver().get(href);
                browser.waitFor(By.id("content"));
                pages++;
                String page = href.substring(browser.base().length());
                String content = browser.find(By.id("content")).getText().trim();
                if (content.length() < 10) {
                    failures.add(user + " " + page + ": blank content area");
                }
                if (browser.driver().getCurrentUrl().contains("/error.xhtml")) {
                    failures.add(user + " " + page + ": error page");
                }
                java.util.regex.Matcher code = RAW_CODE.matcher(content);
                while (code.find()) {
                    rawCodes.merge(code.group(), 1, Integer::sum);
                    rawCodePages.computeIfAbsent(code.group(), k -> new LinkedHashSet<>()).add(user + " " + page);
                    failures.add(user + " " + page + ": internal code shown: " + code.group());
                }
                if ("es".equals(browser.find(By.tagName("html")).getAttribute("lang"))) {
                    String spanishText = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                            "const c = document.getElementById('content').cloneNode(true);"
                                    + "c.querySelectorAll('[lang=en], script, style').forEach(e => e.remove());"
                                    + "return c.innerText;");
                    java.util.regex.Matcher english = ENGLISH.matcher(spanishText == null ? "" : spanishText);
                    if (english.find()) {
                        int from = Math.max(0, english.start() - 40);
                        failures.add(user + " " + page + ": English word «" + english.group() + "» in «"
                                + spanishText.substring(from, Math.min(spanishText.length(), english.end() + 40))
                                .replace('\n', ' ') + "»");
                    }
                }
                for (String error : browser.consoleErrors()) {
                    failures.add(user + " " + page + ": console error " + error);
                }
                Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze(browser.driver());
                for (Rule rule : results.getViolations()) {
                    if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                        var first = rule.getNodes().get(0);
                        String html = first.getHtml() == null ? "" : first.getHtml();
                        findings.add(new Finding(user, page, rule.getId(), rule.getImpact(), rule.getNodes().size(),
                                first.getTarget() + " " + html.substring(0, Math.min(160, html.length()))
                                        + (first.getFailureSummary() == null ? ""
                                        : " | " + first.getFailureSummary().replace('\n', ' '))));
                        failures.add(user + " " + page + ": " + rule.getId() + " on " + rule.getNodes().size()
                                + " nodes, e.g. " + first.getTarget());
                    }
                }
            }
            browser.logout();
        }
        writeReport(pages, findings, rawCodes, rawCodePages);
        assertTrue(pages >= 45, "walked " + pages + " pages");
        assertEquals(List.of(), failures);
    }

    /** The case, plan, result, history and questionnaire pages of a new Valladolid case assessed alto. */
    private List<String> recordPages() throws Exception {
        long caseId = es.viogen.app.risk.RiskCases.createInValladolid()
                .orElseThrow(() -> new AssertionError("intake creates the case"));
        String answers = java.util.stream.IntStream.rangeClosed(1, 36).mapToObj(i -> String.format("I%02d", i))
                .map(c -> "\"" + c + "\": \"" + (Set.of("I01", "I02", "I05", "I16").contains(c) ? "SI" : "NO") + "\"")
                .collect(java.util.stream.Collectors.joining(", "));
        es.viogen.app.support.Api.Reply vpr = es.viogen.app.support.Api.demo()
                .as(es.viogen.app.risk.RiskCases.assessor(), "viogen-demo")
                .post("/api/v1/cases/" + caseId + "/assessments", "{\"answers\": {" + answers + "}, \"victimPerceptionAsked\": true}");
        assertEquals(201, vpr.status(), vpr.body());
        long assessment = es.viogen.app.intake.IntakeFixtures.queryLong(
                "SELECT id FROM risk.assessment WHERE case_id = ? AND status = 'SUBMITTED'", caseId);
        String base = browser.base();
        return List.of(base + "/cases/case.xhtml?id=" + caseId, base + "/follow-up/plan.xhtml?case=" + caseId,
                base + "/risk/result.xhtml?id=" + assessment, base + "/risk/history.xhtml?case=" + caseId,
                base + "/risk/assess.xhtml?case=" + caseId);
    }

    private static void writeReport(int pages, List<Finding> findings, Map<String, Integer> rawCodes,
                                    Map<String, Set<String>> rawCodePages) throws Exception {
        Map<String, int[]> byRule = new TreeMap<>();
        Set<String> pagesWithAny = new LinkedHashSet<>();
        for (Finding f : findings) {
            int[] c = byRule.computeIfAbsent(f.rule() + " (" + f.impact() + ")", k -> new int[2]);
            c[0]++;
            c[1] += f.nodes();
            pagesWithAny.add(f.user() + " " + f.page());
        }
        StringBuilder out = new StringBuilder();
        out.append("axe-core WCAG 2.1 A/AA, serious and critical: ").append(pagesWithAny.size()).append(" of ")
                .append(pages).append(" pages with at least one\n");
        out.append(String.format("%-45s %6s %6s%n", "rule", "pages", "nodes"));
        byRule.forEach((rule, c) -> out.append(String.format("%-45s %6d %6d%n", rule, c[0], c[1])));
        out.append("\ninternal codes shown as text (").append(rawCodes.size()).append(" distinct):\n");
        rawCodes.forEach((c, n) -> out.append(String.format("%-40s %5d  %s%n", c, n, rawCodePages.get(c).iterator().next())));
        out.append("\nper page:\n");
        for (Finding f : findings) {
            out.append(f.user()).append(' ').append(f.page()).append(' ').append(f.rule()).append(' ')
                    .append(f.nodes()).append("  e.g. ").append(f.example()).append('\n');
        }
        Path report = Path.of(System.getProperty("viogen.target", "target"), "axe-report.txt");
        Files.writeString(report, out);
        System.out.println(out.substring(0, out.indexOf("\nper page:") + 1));
    }
}
