package es.viogen.intake.control;

import es.viogen.intake.api.DocumentType;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityDocumentsTest {

    @Test
    void aDniWithItsCheckLetterIsValid() {
        assertTrue(IdentityDocuments.isValid(DocumentType.DNI, "12345678Z"));
        assertTrue(IdentityDocuments.isValid(DocumentType.DNI, "00000000T"));
        assertTrue(IdentityDocuments.isValid(DocumentType.DNI, "71234567W"));
    }

    @Test
    void aDniIsNormalisedBeforeChecking() {
        assertTrue(IdentityDocuments.isValid(DocumentType.DNI, " 12.345.678-z "));
        assertEquals("12345678Z", IdentityDocuments.normalise("12.345.678-z"));
    }

    @Test
    void aDniWithTheWrongLetterIsRefusedNamingTheLetter() {
        assertEquals(Optional.of("intake.validation.document.dniLetter"),
                IdentityDocuments.problem(DocumentType.DNI, "12345678A"));
    }

    @Test
    void aDniOfTheWrongShapeIsRefusedAsFormat() {
        assertEquals(Optional.of("intake.validation.document.dniFormat"),
                IdentityDocuments.problem(DocumentType.DNI, "1234567Z"));
        assertEquals(Optional.of("intake.validation.document.dniFormat"),
                IdentityDocuments.problem(DocumentType.DNI, "X1234567L"));
    }

    @Test
    void nieLettersXYZStandForZeroOneTwo() {
        assertTrue(IdentityDocuments.isValid(DocumentType.NIE, "X1234567L"));
        assertTrue(IdentityDocuments.isValid(DocumentType.NIE, "Y1234567X"));
        assertTrue(IdentityDocuments.isValid(DocumentType.NIE, "Z1234567R"));
        assertEquals(Optional.of("intake.validation.document.nieLetter"),
                IdentityDocuments.problem(DocumentType.NIE, "X1234567A"));
        assertEquals(Optional.of("intake.validation.document.nieFormat"),
                IdentityDocuments.problem(DocumentType.NIE, "A1234567L"));
    }

    @Test
    void everyCheckLetterIsTheRemainderModulo23() {
        for (int r = 0; r < 23; r++) {
            assertEquals(IdentityDocuments.LETTERS.charAt(r), IdentityDocuments.checkLetter(23L * 1000 + r));
        }
    }

    @Test
    void passportsAreLettersAndDigits() {
        assertTrue(IdentityDocuments.isValid(DocumentType.PASSPORT, "PAA123456"));
        assertEquals(Optional.of("intake.validation.document.passportFormat"),
                IdentityDocuments.problem(DocumentType.PASSPORT, "AB!"));
        assertEquals(Optional.of("intake.validation.required"), IdentityDocuments.problem(DocumentType.PASSPORT, " "));
    }

    @Test
    void noDocumentMeansNoNumber() {
        assertTrue(IdentityDocuments.isValid(DocumentType.NONE, null));
        assertEquals(Optional.of("intake.validation.document.numberWithoutType"),
                IdentityDocuments.problem(DocumentType.NONE, "12345678Z"));
    }
}
