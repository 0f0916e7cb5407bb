package es.viogen.platform.boundary;

import es.viogen.platform.api.ModuleDescriptor;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessManagedBean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CDI extension that finds the modules of the WAR: the {@code @ApplicationModule} declaration on the root package
 * ({@code es.viogen.<name>}) of every bean class. The platform migrates their schemas and reads their bundles from
 * these declarations alone.
 */
public class ApplicationModules implements Extension {

    private static final String ROOT = "es.viogen.";

    private final Map<String, ModuleDescriptor> found = new LinkedHashMap<>();
    private final Set<String> looked = new HashSet<>();

    <T> void collect(@Observes ProcessManagedBean<T> pmb) {
        Class<?> type = pmb.getAnnotatedBeanClass().getJavaClass();
        String name = type.getName();
        if (!name.startsWith(ROOT)) {
            return;
        }
        int dot = name.indexOf('.', ROOT.length());
        if (dot < 0) {
            return;
        }
        String root = name.substring(0, dot);
        synchronized (found) {
            if (looked.add(root)) {
                ModuleDescriptor.load(root, type.getClassLoader()).ifPresent(m -> found.put(root, m));
            }
        }
    }

    /** Every module found, each after the modules it may use. */
    public List<ModuleDescriptor> inDependencyOrder() {
        synchronized (found) {
            return ModuleDescriptor.inDependencyOrder(new ArrayList<>(found.values()));
        }
    }
}
