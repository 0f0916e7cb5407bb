package es.viogen.app;

import es.viogen.platform.api.DniNie;
import es.viogen.platform.api.IneCode;
import es.viogen.platform.api.PlainText;
import es.viogen.platform.api.PlausibleDate;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON-B records of the API as OpenAPI schemas, with their Bean Validation constraints: {@code @NotNull},
 * {@code @NotBlank}, {@code @NotEmpty} make a property required; {@code @Size}, {@code @Min}/{@code @Max} and the
 * like become lengths, item counts and bounds; {@code @Pattern}, {@code @IneCode} and {@code @PlainText} become
 * patterns; {@code @DniNie} and {@code @PlausibleDate} are described. The runtime's own Bean Validation scan is off
 * (it fails on record components), so this is where the document gets them, from the records the code binds.
 */
final class RecordSchemas {

    private static final String REF = "#/components/schemas/";
    /** Control characters refused by {@code @PlainText}; with multiline, tab, LF and CR are allowed. */
    static final String PLAIN = "^[^\\u0000-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF]*$";
    static final String PLAIN_MULTILINE = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF]*$";

    private final Components components;
    private final Set<Class<?>> constrained = new HashSet<>();

    RecordSchemas(Components components) {
        this.components = components;
    }

    /** A schema for a Java type: a {@code $ref} to a component for records (created if missing), inline otherwise. */
    Schema schemaOf(Type type) {
        Class<?> raw = raw(type);
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return OASFactory.createSchema().type(SchemaType.STRING);
        }
        if (raw == long.class || raw == Long.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class || raw == BigDecimal.class) {
            return OASFactory.createSchema().type(SchemaType.NUMBER).format(raw == float.class || raw == Float.class ? "float" : "double");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return OASFactory.createSchema().type(SchemaType.BOOLEAN);
        }
        if (raw == Instant.class || raw == OffsetDateTime.class) {
            return known("Instant", OASFactory.createSchema().type(SchemaType.STRING).format("date-time"));
        }
        if (raw == LocalDate.class) {
            return known("LocalDate", OASFactory.createSchema().type(SchemaType.STRING).format("date"));
        }
        if (raw.isEnum()) {
            if (!has(raw.getSimpleName())) {
                components.addSchema(raw.getSimpleName(), OASFactory.createSchema().type(SchemaType.STRING).enumeration(
                        new ArrayList<>(Arrays.stream(raw.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList())));
            }
            return OASFactory.createSchema().ref(REF + raw.getSimpleName());
        }
        if (raw.isArray()) {
            return OASFactory.createSchema().type(SchemaType.ARRAY).items(schemaOf(raw.getComponentType()));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().type(SchemaType.ARRAY).items(schemaOf(argument(type, 0)));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().type(SchemaType.OBJECT).additionalPropertiesSchema(schemaOf(argument(type, 1)));
        }
        if (raw.isRecord()) {
            if (!has(raw.getSimpleName())) {
                Schema s = OASFactory.createSchema().type(SchemaType.OBJECT);
                components.addSchema(raw.getSimpleName(), s);
                for (RecordComponent rc : raw.getRecordComponents()) {
                    s.addProperty(rc.getName(), schemaOf(rc.getGenericType()));
                }
            }
            constrain(raw);
            return OASFactory.createSchema().ref(REF + raw.getSimpleName());
        }
        return OASFactory.createSchema().type(SchemaType.OBJECT);
    }

    /**
     * Writes the constraints of a record (and of the records it holds) into its component schema of the same simple
     * name, whoever created it (the runtime's scan or {@link #schemaOf}).
     */
    void constrain(Class<?> record) {
        if (!record.isRecord() || !constrained.add(record)) {
            return;
        }
        Schema schema = components.getSchemas() == null ? null : components.getSchemas().get(record.getSimpleName());
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        List<String> required = new ArrayList<>();
        for (RecordComponent rc : record.getRecordComponents()) {
            Schema property = schema.getProperties().get(rc.getName());
            AnnotatedElement where = field(record, rc);
            if (property == null || where == null) {
                continue;
            }
            if (apply(property, where.getAnnotations(), rc.getType())) {
                required.add(rc.getName());
            }
            if (property.getItems() != null && rc.getAnnotatedType() instanceof java.lang.reflect.AnnotatedParameterizedType p
                    && p.getAnnotatedActualTypeArguments().length == 1) {
                apply(property.getItems(), p.getAnnotatedActualTypeArguments()[0].getAnnotations(),
                        raw(p.getAnnotatedActualTypeArguments()[0].getType()));
            }
            nested(rc.getGenericType());
        }
        if (!required.isEmpty()) {
            schema.setRequired(required);
        }
    }

    private void nested(Type type) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            constrain(raw);
        } else if (Collection.class.isAssignableFrom(raw)) {
            nested(argument(type, 0));
        } else if (Map.class.isAssignableFrom(raw)) {
            nested(argument(type, 1));
        } else if (raw.isArray()) {
            nested(raw.getComponentType());
        }
    }

    /** Applies the constraints to one property's schema; answers whether they make it required. */
    static boolean apply(Schema p, Annotation[] annotations, Class<?> javaType) {
        boolean integral = javaType == long.class || javaType == Long.class || javaType == int.class
                || javaType == Integer.class || javaType == short.class || javaType == Short.class;
        boolean required = false;
        boolean inline = p.getRef() == null;
        boolean array = p.getType() == SchemaType.ARRAY;
        List<String> notes = new ArrayList<>();
        for (Annotation a : annotations) {
            if (a instanceof NotNull) {
                required = true;
            } else if (a instanceof NotBlank) {
                required = true;
                if (inline) {
                    p.setMinLength(Math.max(1, p.getMinLength() == null ? 0 : p.getMinLength()));
                }
            } else if (a instanceof NotEmpty) {
                required = true;
                if (inline && array) {
                    p.setMinItems(1);
                } else if (inline && p.getType() == SchemaType.OBJECT) {
                    p.setMinProperties(1);
                } else if (inline) {
                    p.setMinLength(1);
                }
            } else if (!inline) {
                continue;
            } else if (a instanceof Size s) {
                if (array) {
                    p.setMinItems(s.min() > 0 ? s.min() : null);
                    p.setMaxItems(s.max() < Integer.MAX_VALUE ? s.max() : null);
                } else {
                    if (s.min() > 0) {
                        p.setMinLength(s.min());
                    }
                    p.setMaxLength(s.max() < Integer.MAX_VALUE ? s.max() : null);
                }
            } else if (a instanceof Min m) {
                p.setMinimum(BigDecimal.valueOf(m.value()));
            } else if (a instanceof Max m) {
                p.setMaximum(BigDecimal.valueOf(m.value()));
            } else if (a instanceof DecimalMin m) {
                p.setMinimum(new BigDecimal(m.value()));
                p.setExclusiveMinimum(m.inclusive() ? null : true);
            } else if (a instanceof DecimalMax m) {
                p.setMaximum(new BigDecimal(m.value()));
                p.setExclusiveMaximum(m.inclusive() ? null : true);
            } else if (a instanceof Positive) {
                p.setMinimum(integral ? BigDecimal.ONE : BigDecimal.ZERO);
                p.setExclusiveMinimum(integral ? null : true);
            } else if (a instanceof PositiveOrZero) {
                p.setMinimum(BigDecimal.ZERO);
            } else if (a instanceof Negative) {
                p.setMaximum(BigDecimal.valueOf(-1));
            } else if (a instanceof Pattern pt) {
                p.setPattern("^(?:" + pt.regexp() + ")$");
            } else if (a instanceof Email) {
                p.setFormat("email");
            } else if (a instanceof IneCode) {
                p.setPattern("^[0-9]{5}$");
                notes.add("Código INE de municipio (5 cifras).");
            } else if (a instanceof PlainText t) {
                if (p.getPattern() == null) {
                    p.setPattern(t.multiline() ? PLAIN_MULTILINE : PLAIN);
                }
            } else if (a instanceof DniNie) {
                notes.add("DNI (8 cifras y letra) o NIE (X, Y o Z, 7 cifras y letra) con su letra de control.");
            } else if (a instanceof PlausibleDate d) {
                notes.add(plausible(d));
            }
        }
        if (!notes.isEmpty()) {
            String before = p.getDescription() == null ? "" : p.getDescription() + " ";
            p.setDescription(before + String.join(" ", notes));
        }
        return required;
    }

    static String plausible(PlausibleDate d) {
        StringBuilder b = new StringBuilder("No antes de ").append(d.notBefore());
        if (d.maxYearsBack() >= 0) {
            b.append(" ni de hace más de ").append(d.maxYearsBack()).append(" años");
        }
        b.append(d.maxYearsAhead() == 0 ? "; no en el futuro." : "; hasta " + d.maxYearsAhead() + " años después de hoy.");
        return b.toString();
    }

    private Schema known(String name, Schema inline) {
        return has(name) ? OASFactory.createSchema().ref(REF + name) : inline;
    }

    private boolean has(String name) {
        return components.getSchemas() != null && components.getSchemas().containsKey(name);
    }

    /** The record component's field, where Bean Validation annotations of a component land. */
    private static AnnotatedElement field(Class<?> record, RecordComponent rc) {
        try {
            Field f = record.getDeclaredField(rc.getName());
            return f;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof java.lang.reflect.WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
