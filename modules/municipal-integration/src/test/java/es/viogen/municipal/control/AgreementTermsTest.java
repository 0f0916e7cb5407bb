package es.viogen.municipal.control;

import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RiskLevel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgreementTermsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aFourYearAgreementExpiresFourYearsAfterSigningAndIsDueForRenewalSixMonthsBefore() {
        LocalDate signed = LocalDate.of(2023, 1, 16);
        assertEquals(LocalDate.of(2027, 1, 16), AgreementTerms.expiresOn(signed, 4));
        assertEquals(LocalDate.of(2026, 7, 16), AgreementTerms.renewalDue(signed, 4));
        assertTrue(AgreementTerms.renewalAlertDue(LocalDate.of(2026, 7, 16), TODAY));
        assertFalse(AgreementTerms.renewalAlertDue(LocalDate.of(2026, 11, 24), TODAY));
    }

    @Test
    void altoAndExtremoCannotBeGivenToALocalPolice() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> AgreementTerms.validate(TODAY, 4, RiskLevel.ALTO, TODAY));
        assertEquals("maxLevel", e.fieldErrors().get(0).field());
        assertThrows(InvalidInput.class, () -> AgreementTerms.validate(TODAY, 4, RiskLevel.EXTREMO, TODAY));
        assertDoesNotThrow(() -> AgreementTerms.validate(TODAY, 4, RiskLevel.MEDIO, TODAY));
    }

    @Test
    void everyBadFieldIsNamed() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> AgreementTerms.validate(TODAY.plusDays(3), 0, null, TODAY));
        assertEquals(3, e.fieldErrors().size());
        assertEquals("signedOn", e.fieldErrors().get(0).field());
        assertEquals("termYears", e.fieldErrors().get(1).field());
        assertEquals("maxLevel", e.fieldErrors().get(2).field());
    }
}
