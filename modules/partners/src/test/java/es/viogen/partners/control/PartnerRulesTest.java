package es.viogen.partners.control;

import es.viogen.intake.api.IncidentType;
import es.viogen.platform.api.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class PartnerRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void messageIdsAreShortAndPlain() {
        assertTrue(es.viogen.platform.api.IdempotencyKeys.valid("court-47:2026.11.23_0001"));
        assertFalse(es.viogen.platform.api.IdempotencyKeys.valid(""));
        assertFalse(es.viogen.platform.api.IdempotencyKeys.valid(null));
        assertFalse(es.viogen.platform.api.IdempotencyKeys.valid("with space"));
        assertFalse(es.viogen.platform.api.IdempotencyKeys.valid("x".repeat(101)));
        assertFalse(es.viogen.platform.api.IdempotencyKeys.valid("<script>"));
    }

    // callback URL rules: CallbackUrlsTest

    @Test
    void aValidPermitPasses() {
        assertDoesNotThrow(() -> PrisonEventRules.validate(new NewPrisonEvent(42L, IncidentType.PRISON_PERMIT,
                NOW.minusSeconds(3600), LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 27), "CP Villanubla",
                "Permiso ordinario"), NOW));
    }

    @Test
    void invalidEventsNameEveryField() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> PrisonEventRules.validate(new NewPrisonEvent(null,
                IncidentType.THREAT, NOW.plusSeconds(86_400), LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 24),
                " ", null), NOW));
        var fields = e.fieldErrors().stream().map(f -> f.field()).toList();
        assertTrue(fields.containsAll(java.util.List.of("caseId", "type", "occurredAt", "facility", "endsOn")), fields.toString());
    }

    @Test
    void aPermitNeedsItsDates() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> PrisonEventRules.validate(new NewPrisonEvent(1L,
                IncidentType.PRISON_PERMIT, NOW, null, null, "CP", null), NOW));
        assertEquals("startsOn", e.fieldErrors().get(0).field());
    }
}
