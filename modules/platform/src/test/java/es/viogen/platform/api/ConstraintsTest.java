package es.viogen.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ConstraintsTest {

    record Minor(@NotNull @Size(max = 5) @PlainText String name) {
    }

    record Complaint(@PlainText String title, @PlainText(multiline = true) String summary,
                     @PlausibleDate(notBefore = "2007-01-01") Instant filedAt,
                     @PlausibleDate(notBefore = "2007-01-01", maxYearsAhead = 20) LocalDate endsOn,
                     @PlausibleDate(maxYearsBack = 120) LocalDate birthDate,
                     @DniNie String dni, @IneCode String ine,
                     @Size(max = 2) List<@jakarta.validation.Valid Minor> minors) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static Complaint ok() {
        return new Complaint("Denuncia", "línea 1\nlínea 2", Instant.now().minus(1, ChronoUnit.DAYS),
                LocalDate.now().plusYears(2), LocalDate.of(1980, 5, 1), "12345678Z", "47186", List.of(new Minor("Ana")));
    }

    private static List<FieldError> errors(Complaint c) {
        Set<ConstraintViolation<Complaint>> v = validator.validate(c);
        return Violations.fieldErrors(v);
    }

    @Test
    void aPlausibleComplaintIsValid() {
        assertEquals(List.of(), errors(ok()));
    }

    @Test
    void controlCharactersAreRefusedLineBreaksOnlyInMultilineText() {
        Complaint c = ok();
        List<FieldError> e = errors(new Complaint("a\u0000b", "x\u0007", c.filedAt(), c.endsOn(), c.birthDate(), c.dni(),
                c.ine(), c.minors()));
        assertEquals(List.of(new FieldError("summary", "viogen.validation.plainText"),
                new FieldError("title", "viogen.validation.plainText")), e);
        assertFalse(errors(new Complaint("a\nb", "a\tb\r\n", c.filedAt(), c.endsOn(), c.birthDate(), c.dni(), c.ine(),
                c.minors())).isEmpty());
        assertEquals(List.of(), errors(new Complaint("a b", "a\tb\r\n", c.filedAt(), c.endsOn(), c.birthDate(), c.dni(),
                c.ine(), c.minors())));
    }

    @Test
    void datesOutsideTheirFieldsRangeAreRefusedWithTheRange() {
        Complaint c = ok();
        List<FieldError> e = errors(new Complaint(c.title(), c.summary(), Instant.parse("2006-12-31T10:00:00Z"),
                LocalDate.now().plusYears(21), LocalDate.now().minusYears(121), c.dni(), c.ine(), c.minors()));
        assertEquals(3, e.size(), e.toString());
        FieldError filed = e.stream().filter(f -> f.field().equals("filedAt")).findFirst().orElseThrow();
        assertEquals("viogen.validation.plausibleDate", filed.messageKey());
        assertEquals("2007-01-01", filed.args().get(0));
        assertFalse(errors(new Complaint(c.title(), c.summary(), Instant.now().plus(1, ChronoUnit.HOURS), c.endsOn(),
                c.birthDate(), c.dni(), c.ine(), c.minors())).isEmpty(), "a complaint in the future");
        assertEquals(List.of(), errors(new Complaint(c.title(), c.summary(), Instant.now().plusSeconds(60), c.endsOn(),
                LocalDate.now(PlausibleDate.SPAIN), c.dni(), c.ine(), c.minors())), "clock tolerance; born today");
        assertFalse(errors(new Complaint(c.title(), c.summary(), c.filedAt(), c.endsOn(), LocalDate.of(1000, 1, 1),
                c.dni(), c.ine(), c.minors())).isEmpty());
    }

    @Test
    void documentsAndIneCodes() {
        assertTrue(PlainText.Validator.isPlain("ñ", false));
        assertTrue(DniNie.Validator.isValid("12.345.678-z"));
        assertTrue(DniNie.Validator.isValid("X1234567L"));
        assertFalse(DniNie.Validator.isValid("12345678A"));
        assertFalse(DniNie.Validator.isValid("PAA123456"));
        Complaint c = ok();
        List<FieldError> e = errors(new Complaint(c.title(), c.summary(), c.filedAt(), c.endsOn(), c.birthDate(),
                "X1234567A", "4718", c.minors()));
        assertEquals(List.of(new FieldError("dni", "viogen.validation.dniNie"),
                new FieldError("ine", "viogen.validation.ineCode")), e);
    }

    @Test
    void collectionsAndTheirElementsNameTheIndex() {
        Complaint c = ok();
        List<FieldError> e = errors(new Complaint(c.title(), c.summary(), c.filedAt(), c.endsOn(), c.birthDate(), c.dni(),
                c.ine(), List.of(new Minor("Ana"), new Minor("Demasiado largo"))));
        assertEquals(List.of(new FieldError("minors[1].name", "validation.size.text", 0, 5)), e);
        e = errors(new Complaint(c.title(), c.summary(), c.filedAt(), c.endsOn(), c.birthDate(), c.dni(), c.ine(),
                List.of(new Minor("a"), new Minor("b"), new Minor("c"))));
        assertEquals(List.of(new FieldError("minors", "validation.size.items", 0, 2)), e);
    }
}
