package es.viogen.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything kept in a person's web session can be serialized: the WAR is {@code <distributable/>}, so when
 * clustered, Payara stores each session in the data grid and another instance takes over a session whose instance
 * died. A session-, view- or conversation-scoped bean is stored with the session (view-scoped beans in the view
 * map, which Faces keeps in the session); so is every value it holds. A field that cannot be serialized must be
 * {@code transient} and reloaded when missing, or injected (CDI passes a serializable proxy or checks the bean).
 *
 * <p>Checked by type, over the fields' declared types and their type arguments (a {@code List<X>} needs a
 * serializable {@code X}), and recursively over the fields of the application's own value types.
 */
class SessionStateTest {

    @Test
    void everythingAPassivatingBeanHoldsIsSerializable() {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("es.viogen")) {
            if (c.isAnnotatedWith(SessionScoped.class) || c.isAnnotatedWith(ViewScoped.class)
                    || c.isAnnotatedWith(ConversationScoped.class)) {
                beans.add(c.reflect());
            }
        }
        assertTrue(beans.size() > 10, "too few session or view scoped beans found: " + beans);
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), seen, problems);
        }
        assertTrue(problems.isEmpty(), "session state that cannot be serialized:\n  " + String.join("\n  ", problems));
    }

    private static void checkFields(Class<?> type, String path, Set<Class<?>> seen, List<String> problems) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()
                        || f.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                checkType(f.getGenericType(), path + "." + f.getName(), seen, problems);
            }
        }
    }

    private static void checkType(Type t, String path, Set<Class<?>> seen, List<String> problems) {
        if (t instanceof ParameterizedType p) {
            checkType(p.getRawType(), path, seen, problems);
            for (Type arg : p.getActualTypeArguments()) {
                checkType(arg, path + "<>", seen, problems);
            }
        } else if (t instanceof GenericArrayType a) {
            checkType(a.getGenericComponentType(), path + "[]", seen, problems);
        } else if (t instanceof WildcardType w) {
            for (Type upper : w.getUpperBounds()) {
                checkType(upper, path, seen, problems);
            }
        } else if (t instanceof Class<?> c) {
            if (c.isPrimitive() || c == Object.class) {
                return;
            }
            if (c.isArray()) {
                checkType(c.getComponentType(), path + "[]", seen, problems);
                return;
            }
            if (c.isInterface()) {
                // collections are serializable when their elements are (the type arguments are checked);
                // any other interface is only safe if its own type says so
                if (!(Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)
                        || Serializable.class.isAssignableFrom(c))) {
                    problems.add(path + ": " + c.getName() + " (an interface that is not Serializable)");
                }
                return;
            }
            if (c == Optional.class) {
                problems.add(path + ": java.util.Optional is not Serializable");
                return;
            }
            if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
                return;
            }
            if (c.getName().startsWith("es.viogen.") && !c.isEnum() && seen.add(c)) {
                checkFields(c, c.getSimpleName(), seen, problems);
            }
        }
    }
}
