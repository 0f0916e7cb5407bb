package es.viogen.platform.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Spanish DNI (8 digits and the check letter) or NIE (X, Y or Z, 7 digits and the check letter); spaces, dots and
 * hyphens are ignored, lower case is accepted. The check letter is the number modulo 23 looked up in
 * {@value #LETTERS} (for a NIE, X, Y and Z stand for 0, 1 and 2). {@code null} is valid (add {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = DniNie.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DniNie {

    String message() default "{viogen.validation.dniNie}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    class Validator implements ConstraintValidator<DniNie, CharSequence> {
        /** Whether a number is a valid DNI or NIE. */
        public static boolean isValid(String raw) {
            if (raw == null) {
                return false;
            }
            String n = raw.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
            if (Pattern.matches("\\d{8}[A-Z]", n)) {
                return LETTERS.charAt((int) (Long.parseLong(n.substring(0, 8)) % 23)) == n.charAt(8);
            }
            if (Pattern.matches("[XYZ]\\d{7}[A-Z]", n)) {
                long number = Long.parseLong("XYZ".indexOf(n.charAt(0)) + n.substring(1, 8));
                return LETTERS.charAt((int) (number % 23)) == n.charAt(8);
            }
            return false;
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || isValid(value.toString());
        }
    }
}
