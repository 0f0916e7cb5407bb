package es.viogen.measures.control;

import es.viogen.platform.api.RiskLevel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueFileTest {

    private final ProtocolDefinition protocol = CatalogueFile.loadAll(getClass().getClassLoader()).get(0);

    private Set<String> codes(RiskLevel level) {
        return PlanRules.measuresFor(protocol.measures(), level).stream()
                .map(ProtocolDefinition.MeasureDefinition::code).collect(Collectors.toSet());
    }

    @Test
    void theDefaultPeriodsAreTheUsersDocuments() {
        assertEquals("INSTR-4-2019", protocol.code());
        assertEquals(Duration.ofDays(60), protocol.reassessment().get(RiskLevel.NO_APRECIADO).maxInterval());
        assertEquals(Duration.ofDays(30), protocol.reassessment().get(RiskLevel.BAJO).maxInterval());
        assertEquals(Duration.ofDays(15), protocol.reassessment().get(RiskLevel.MEDIO).maxInterval());
        assertEquals(Duration.ofDays(7), protocol.reassessment().get(RiskLevel.ALTO).maxInterval());
        assertEquals(Duration.ofHours(72), protocol.reassessment().get(RiskLevel.EXTREMO).maxInterval());
    }

    @Test
    void eachLevelIncludesEverythingBelowIt() {
        RiskLevel[] levels = RiskLevel.values();
        for (int i = 1; i < levels.length; i++) {
            Set<String> lower = codes(levels[i - 1]);
            Set<String> higher = codes(levels[i]);
            assertTrue(higher.containsAll(lower), levels[i] + " includes " + levels[i - 1]);
            assertTrue(higher.size() > lower.size(), levels[i] + " adds measures of its own");
        }
    }

    @Test
    void theIssuesMinimumContentIsThere() {
        assertTrue(codes(RiskLevel.NO_APRECIADO).containsAll(Set.of("INFO_RIGHTS_RESOURCES", "SELF_PROTECTION_ADVICE",
                "SPORADIC_CONTACT", "PERIODIC_REASSESSMENT")));
        assertTrue(codes(RiskLevel.BAJO).containsAll(Set.of("PERIODIC_PHONE_CONTACT", "SELF_PROTECTION_INSTRUCTIONS",
                "NOTIFY_AGGRESSOR_PROTECTED", "OCCASIONAL_RANDOM_SURVEILLANCE")));
        assertTrue(codes(RiskLevel.MEDIO).containsAll(Set.of("FREQUENT_SURVEILLANCE", "COURT_ESCORT",
                "PERIODIC_PERSONAL_INTERVIEW", "AGGRESSOR_COMPLIANCE_CHECK")));
        assertTrue(codes(RiskLevel.ALTO).containsAll(Set.of("PERMANENT_CRISIS_SURVEILLANCE", "INTENSIVE_AGGRESSOR_CONTROL",
                "ELECTRONIC_DEVICES", "PERMANENT_CONTACT", "SHELTER_ASSESSMENT")));
        assertTrue(codes(RiskLevel.EXTREMO).containsAll(Set.of("PROTECTION_24H", "EXHAUSTIVE_AGGRESSOR_CONTROL",
                "MANDATORY_ELECTRONIC_DEVICES", "SHELTER_MOVE")));
        assertFalse(codes(RiskLevel.MEDIO).contains("PROTECTION_24H"));
    }

    @Test
    void everyLevelHasMandatoryMeasuresAndRecurringOnesHaveAFrequency() {
        for (RiskLevel l : RiskLevel.values()) {
            assertTrue(protocol.measures().stream().anyMatch(m -> m.minLevel() == l && m.kind() == MeasureKind.MANDATORY), l.name());
        }
        ProtocolDefinition.MeasureDefinition phone = protocol.measures().stream()
                .filter(m -> m.code().equals("PERIODIC_PHONE_CONTACT")).findFirst().orElseThrow();
        assertEquals(168, phone.frequencyHours());
        assertFalse(protocol.safetyPlan().isEmpty());
    }

    @Test
    void aFileWithoutAPeriodForEveryLevelIsRefused() {
        String json = """
                {"code":"X","title":"t","effectiveFrom":"2025-01-01","reassessment":[
                  {"level":"BAJO","maxIntervalHours":720,"graceHours":48}],"measures":[]}""";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CatalogueFile.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("NO_APRECIADO"));
    }

    @Test
    void aDuplicatedMeasureCodeIsRefused() {
        String periods = List.of(RiskLevel.values()).stream()
                .map(l -> "{\"level\":\"" + l + "\",\"maxIntervalHours\":24,\"graceHours\":1}")
                .collect(Collectors.joining(","));
        String json = "{\"code\":\"X\",\"title\":\"t\",\"effectiveFrom\":\"2025-01-01\",\"reassessment\":[" + periods
                + "],\"measures\":[{\"code\":\"A\",\"minLevel\":\"BAJO\",\"kind\":\"MANDATORY\",\"name\":\"a\"},"
                + "{\"code\":\"A\",\"minLevel\":\"ALTO\",\"kind\":\"MANDATORY\",\"name\":\"a\"}]}";
        assertThrows(IllegalArgumentException.class,
                () -> CatalogueFile.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }
}
