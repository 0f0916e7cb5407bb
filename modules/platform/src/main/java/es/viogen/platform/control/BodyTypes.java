package es.viogen.platform.control;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link JsonShape} needs to know of the Java type a body is bound to: a record's components under their JSON
 * names with all their annotations (wherever Java put them), and the raw, element and map-value types of a generic
 * type.
 */
final class BodyTypes {

    private static final Map<Class<?>, Map<String, Component>> RECORDS = new ConcurrentHashMap<>();

    /** A record component as JSON-B binds it: its generic type and its annotations. */
    record Component(Type type, AnnotatedElement annotations) {
    }

    private BodyTypes() {
    }

    static Map<String, Component> components(Class<?> type) {
        return RECORDS.computeIfAbsent(type, t -> {
            Map<String, Component> out = new LinkedHashMap<>();
            for (RecordComponent rc : t.getRecordComponents()) {
                AnnotatedElement field = field(t, rc.getName());
                if (has(rc, field, JsonbTransient.class)) {
                    continue;
                }
                JsonbProperty p = find(rc, field, JsonbProperty.class);
                String name = p != null && !p.value().isEmpty() ? p.value() : rc.getName();
                out.put(name, new Component(rc.getGenericType(), new Merged(rc, field)));
            }
            return out;
        });
    }

    private static AnnotatedElement field(Class<?> type, String name) {
        try {
            Field f = type.getDeclaredField(name);
            return f;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static boolean has(RecordComponent rc, AnnotatedElement field, Class<? extends java.lang.annotation.Annotation> a) {
        return find(rc, field, a) != null;
    }

    private static <A extends java.lang.annotation.Annotation> A find(RecordComponent rc, AnnotatedElement field, Class<A> a) {
        A found = rc.getAnnotation(a);
        if (found == null && rc.getAccessor() != null) {
            found = rc.getAccessor().getAnnotation(a);
        }
        if (found == null && field != null) {
            found = field.getAnnotation(a);
        }
        return found;
    }

    /** The annotations of a record component, wherever Java put them (component, accessor or field). */
    private record Merged(RecordComponent rc, AnnotatedElement field) implements AnnotatedElement {
        @Override
        public <T extends java.lang.annotation.Annotation> T getAnnotation(Class<T> a) {
            return find(rc, field, a);
        }

        @Override
        public java.lang.annotation.Annotation[] getAnnotations() {
            return getDeclaredAnnotations();
        }

        @Override
        public java.lang.annotation.Annotation[] getDeclaredAnnotations() {
            List<java.lang.annotation.Annotation> all = new ArrayList<>(Arrays.asList(rc.getAnnotations()));
            if (rc.getAccessor() != null) {
                all.addAll(Arrays.asList(rc.getAccessor().getAnnotations()));
            }
            if (field != null) {
                all.addAll(Arrays.asList(field.getAnnotations()));
            }
            return all.toArray(new java.lang.annotation.Annotation[0]);
        }
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType g) {
            Class<?> component = raw(g.getGenericComponentType());
            return component == null ? null : component.arrayType();
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
            return raw(w.getUpperBounds()[0]);
        }
        return null;
    }

    static Type elementType(Type type, Class<?> raw) {
        if (raw.isArray()) {
            return type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType();
        }
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        return Object.class;
    }

    static Type mapValueType(Type type) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 2) {
            return p.getActualTypeArguments()[1];
        }
        return Object.class;
    }
}
