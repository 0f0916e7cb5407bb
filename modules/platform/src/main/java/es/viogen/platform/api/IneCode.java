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
import java.util.regex.Pattern;

/**
 * An INE municipality code: five digits (two of the province, three of the municipality). Whether it names a
 * municipality of the registry is the municipal module's question. {@code null} is valid (add {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = IneCode.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IneCode {

    String message() default "{viogen.validation.ineCode}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    Pattern FORMAT = Pattern.compile("\\d{5}");

    class Validator implements ConstraintValidator<IneCode, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || FORMAT.matcher(value.toString().trim()).matches();
        }
    }
}
