package es.viogen.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation violations as {@link FieldError}s: the field as the client wrote it ({@code victim.identity.firstName},
 * {@code minors[2].age}) and a bundle key with positional arguments, so that REST (problem+json), SOAP (faults) and
 * pages show the same Spanish or English message. A constraint's message template {@code {key}} is the bundle key;
 * the standard constraints' keys ({@code jakarta.validation.constraints.Size.message}...) are in the platform bundle.
 */
public final class Violations {

    private Violations() {
    }

    public static List<FieldError> fieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        List<FieldError> out = new ArrayList<>();
        violations.stream().sorted(Comparator.comparing(v -> field(v.getPropertyPath())))
                .forEach(v -> out.add(fieldError(v)));
        return out;
    }

    /** Throws {@link InvalidInput} when there is any violation. */
    public static void check(Collection<? extends ConstraintViolation<?>> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInput(fieldErrors(violations));
        }
    }

    static FieldError fieldError(ConstraintViolation<?> v) {
        String field = field(v.getPropertyPath());
        Annotation a = v.getConstraintDescriptor().getAnnotation();
        String template = v.getMessageTemplate();
        boolean keyed = template != null && template.startsWith("{") && template.endsWith("}")
                && template.indexOf('{', 1) < 0;
        if (!keyed) {
            return new FieldError(field, "validation.constraint", v.getMessage());
        }
        String key = template.substring(1, template.length() - 1);
        if (a instanceof Size s) {
            boolean text = v.getInvalidValue() instanceof CharSequence;
            return new FieldError(field, text ? "validation.size.text" : "validation.size.items", s.min(), s.max());
        }
        if (a instanceof Min m) {
            return new FieldError(field, key, m.value());
        }
        if (a instanceof Max m) {
            return new FieldError(field, key, m.value());
        }
        if (a instanceof DecimalMin m) {
            return new FieldError(field, key, m.value());
        }
        if (a instanceof DecimalMax m) {
            return new FieldError(field, key, m.value());
        }
        if (a instanceof PlausibleDate p) {
            LocalDate today = LocalDate.now(PlausibleDate.SPAIN);
            return new FieldError(field, key, PlausibleDate.Range.earliest(p, today).toString(),
                    PlausibleDate.Range.latest(p, today).toString());
        }
        return new FieldError(field, key);
    }

    /**
     * The property path without the method and parameter nodes of a validated call:
     * {@code register.arg0.victim.firstName} becomes {@code victim.firstName}; a list element {@code minors[2].age}.
     */
    public static String field(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node n : path) {
            if (n.getKind() == ElementKind.METHOD || n.getKind() == ElementKind.PARAMETER
                    || n.getKind() == ElementKind.CONSTRUCTOR || n.getKind() == ElementKind.RETURN_VALUE
                    || n.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (n.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (n.getIndex() != null) {
                    sb.append('[').append(n.getIndex()).append(']');
                }
                continue;
            }
            if (n.getName() == null) {
                continue;
            }
            if (n.isInIterable() && n.getIndex() != null && !sb.isEmpty()) {
                sb.append('[').append(n.getIndex()).append(']');
            }
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(n.getName());
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }
}
