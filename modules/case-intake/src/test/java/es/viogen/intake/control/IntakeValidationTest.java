package es.viogen.intake.control;

import es.viogen.intake.api.ComplaintChannel;
import es.viogen.intake.api.DocumentType;
import es.viogen.intake.api.NewAggressor;
import es.viogen.intake.api.NewCase;
import es.viogen.intake.api.NewComplaint;
import es.viogen.intake.api.NewMinor;
import es.viogen.intake.api.NewVictim;
import es.viogen.intake.api.PersonIdentity;
import es.viogen.intake.api.Relationship;
import es.viogen.platform.api.FieldError;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntakeValidationTest {

    static final Instant NOW = Instant.now();
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Madrid"));
    static final Predicate<String> KNOWN = code -> !code.equals("99999");
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static NewCase valid() {
        return new NewCase(new NewComplaint("AT-1", NOW.minus(Duration.ofHours(2)), "Calle", "47186",
                ComplaintChannel.VICTIM, "hechos"),
                new NewVictim(new PersonIdentity("Ana", "Pérez", null, DocumentType.DNI, "12345678Z",
                        LocalDate.of(1990, 1, 1), "española"), "español", false, null, null, "600 00 00 00", null, false),
                new NewAggressor(new PersonIdentity("Juan", "López", null, DocumentType.NIE, "X1234567L",
                        LocalDate.of(1988, 1, 1), null), Relationship.EX_PARTNER, false, false, true),
                List.of(new NewMinor("Leo", 5, true, null, null)), null);
    }

    static List<String> fields(NewCase c) {
        return IntakeValidation.check(VALIDATOR, c, KNOWN).stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteIntakeHasNoErrors() {
        assertEquals(List.of(), fields(valid()));
    }

    @Test
    void anInvalidDniLetterNamesTheVictimsDocumentField() {
        NewCase v = valid();
        var id = new PersonIdentity("Ana", "Pérez", null, DocumentType.DNI, "12345678A", null, null);
        NewCase c = new NewCase(v.complaint(), new NewVictim(id, null, false, null, null, null, null, false),
                v.aggressor(), v.minors(), null);
        List<FieldError> errors = IntakeValidation.check(VALIDATOR, c, KNOWN);
        assertEquals(1, errors.size());
        assertEquals("victim.identity.documentNumber", errors.get(0).field());
        assertEquals("intake.validation.document.dniLetter", errors.get(0).messageKey());
    }

    @Test
    void missingFieldsFutureDatesAndUnknownMunicipalitiesAreNamed() {
        NewCase v = valid();
        NewCase c = new NewCase(new NewComplaint(null, NOW.plus(Duration.ofDays(1)), null, "99999", null, null),
                new NewVictim(new PersonIdentity(" ", "Pérez", null, DocumentType.DNI, "12345678Z",
                        TODAY.plusDays(1), null), null, false, null, null, null, null, false),
                new NewAggressor(v.aggressor().identity(), null, false, false, true),
                List.of(new NewMinor("Leo", 19, true, null, null)), null);
        List<String> f = fields(c);
        assertTrue(f.contains("complaint.filedAt"), f.toString());
        assertTrue(f.contains("complaint.municipalityCode"));
        assertTrue(f.contains("complaint.channel"));
        assertTrue(f.contains("victim.identity.firstName"));
        assertTrue(f.contains("victim.identity.birthDate"));
        assertTrue(f.contains("aggressor.relationship"));
        assertTrue(f.contains("minors[0].age"));
        List<FieldError> errors = IntakeValidation.check(VALIDATOR, c, KNOWN);
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("complaint.municipalityCode")
                && e.messageKey().equals("intake.validation.municipality.unknown")));
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("complaint.filedAt")
                && e.messageKey().equals("viogen.validation.plausibleDate")));
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("minors[0].age")
                && e.messageKey().equals("intake.validation.minor.age")));
    }

    @Test
    void aMunicipalityCodeMustHaveFiveDigits() {
        NewCase v = valid();
        NewCase c = new NewCase(new NewComplaint("A", NOW, null, "4718", ComplaintChannel.VICTIM, null), v.victim(),
                v.aggressor(), v.minors(), null);
        List<FieldError> errors = IntakeValidation.check(VALIDATOR, c, KNOWN);
        assertEquals(List.of("complaint.municipalityCode"), errors.stream().map(FieldError::field).toList());
        assertEquals("viogen.validation.ineCode", errors.get(0).messageKey());
    }

    @Test
    void aPhoneWithLettersIsRefusedAndAnEmptyOneIsNoPhone() {
        NewCase v = valid();
        NewVictim victim = v.victim();
        NewCase letters = new NewCase(v.complaint(), new NewVictim(victim.identity(), null, false, null, null,
                "llámame", null, false), v.aggressor(), v.minors(), null);
        List<FieldError> errors = IntakeValidation.check(VALIDATOR, letters, KNOWN);
        assertEquals(List.of("victim.phone"), errors.stream().map(FieldError::field).toList());
        assertEquals("intake.validation.phone", errors.get(0).messageKey());
        NewCase empty = new NewCase(v.complaint(), new NewVictim(victim.identity(), null, false, null, null, "",
                null, false), v.aggressor(), v.minors(), null);
        assertEquals(List.of(), fields(empty));
    }

    @Test
    void aTooLongPlaceAndAControlCharacterAreRefusedByTheirConstraints() {
        NewCase v = valid();
        var k = v.complaint();
        NewCase c = new NewCase(new NewComplaint("AT\u0000", k.filedAt(), "x".repeat(301), k.municipalityCode(),
                k.channel(), k.summary()), v.victim(), v.aggressor(), v.minors(), null);
        List<FieldError> errors = IntakeValidation.check(VALIDATOR, c, KNOWN);
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("complaint.place")
                && e.messageKey().equals("validation.size.text")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("complaint.atestadoNumber")
                && e.messageKey().equals("viogen.validation.plainText")), errors.toString());
    }

    @Test
    void missingVictimAndAggressorAreRequired() {
        NewCase v = valid();
        assertEquals(List.of("aggressor", "victim"), fields(new NewCase(v.complaint(), null, null, null, null)));
    }
}
