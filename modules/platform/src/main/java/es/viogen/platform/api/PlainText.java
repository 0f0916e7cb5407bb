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

/**
 * Text without control characters (NUL included), unpaired surrogates or the noncharacters U+FFFE/U+FFFF; with
 * {@code multiline} tab, line feed and carriage return are allowed. {@code null} is valid (add {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{viogen.validation.plainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether tab, line feed and carriage return are allowed (free text such as a summary). */
    boolean multiline() default false;

    class Validator implements ConstraintValidator<PlainText, CharSequence> {
        /** Checks one text; also used by JSON and SOAP boundaries before binding. */
        public static boolean isPlain(String s, boolean multiline) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                    if (!(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
                        return false;
                    }
                } else if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                    return false;
                }
            }
            return true;
        }

        private boolean multiline;

        @Override
        public void initialize(PlainText a) {
            multiline = a.multiline();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || isPlain(value.toString(), multiline);
        }
    }
}
