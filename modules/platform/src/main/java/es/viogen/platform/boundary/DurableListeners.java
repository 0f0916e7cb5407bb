package es.viogen.platform.boundary;

import es.viogen.platform.api.DurableListener;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessManagedBean;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CDI extension that finds every {@link DurableListener} method at deployment and refuses the deployment when one is
 * malformed (not public, not exactly one record parameter) or when two share an id.
 */
public class DurableListeners implements Extension {

    /** One durable listener: its stable id, the event record it takes, and the bean method to call. */
    public record Listener(String id, boolean critical, Class<? extends Record> eventType, Bean<?> bean, Method method) {
    }

    private final List<Listener> found = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    <T> void collect(@Observes ProcessManagedBean<T> pmb) {
        for (AnnotatedMethod<? super T> m : pmb.getAnnotatedBeanClass().getMethods()) {
            DurableListener a = m.getAnnotation(DurableListener.class);
            if (a == null) {
                continue;
            }
            Method method = m.getJavaMember();
            String where = method.getDeclaringClass().getName() + "." + method.getName();
            if (!Modifier.isPublic(method.getModifiers()) || method.getParameterCount() != 1
                    || !Record.class.isAssignableFrom(method.getParameterTypes()[0])) {
                problems.add("@DurableListener " + where + " must be public and take exactly one event record");
                continue;
            }
            if (a.value() == null || a.value().isBlank() || a.value().length() > 120) {
                problems.add("@DurableListener " + where + " needs a stable id of 1 to 120 characters");
                continue;
            }
            @SuppressWarnings("unchecked")
            Class<? extends Record> type = (Class<? extends Record>) method.getParameterTypes()[0];
            found.add(new Listener(a.value(), a.critical(), type, pmb.getBean(), method));
        }
    }

    void validate(@Observes AfterBeanDiscovery abd) {
        Map<String, Listener> byId = new HashMap<>();
        for (Listener l : found) {
            Listener other = byId.putIfAbsent(l.id(), l);
            if (other != null) {
                problems.add("@DurableListener id '" + l.id() + "' is used twice: " + other.method() + " and " + l.method());
            }
        }
        problems.forEach(p -> abd.addDefinitionError(new IllegalStateException(p)));
    }

    public List<Listener> listeners() {
        return List.copyOf(found);
    }

    public List<Listener> of(Class<?> eventType) {
        return found.stream().filter(l -> l.eventType() == eventType).toList();
    }

    public Optional<Listener> byId(String id) {
        return found.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
