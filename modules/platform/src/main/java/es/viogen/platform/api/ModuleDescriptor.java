package es.viogen.platform.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module as its root package declares it ({@link ApplicationModule} on {@code es.viogen.<name>/package-info.java}):
 * what the platform derives from that one declaration — the schema it migrates, where the migrations are
 * ({@code classpath:db/<schema>}), the module's bundle ({@code es.viogen.<name>.messages}) and the order of
 * migration (a module after every module it may use).
 */
public record ModuleDescriptor(String name, String schema, List<String> allowedDependencies) {

    public ModuleDescriptor {
        allowedDependencies = List.copyOf(allowedDependencies);
    }

    public static ModuleDescriptor of(ApplicationModule m) {
        return new ModuleDescriptor(m.name(), m.schema(), List.of(m.allowedDependencies()));
    }

    /** The declaration on {@code rootPackage}'s {@code package-info}, if it has one. */
    public static Optional<ModuleDescriptor> load(String rootPackage, ClassLoader loader) {
        try {
            Class<?> info = Class.forName(rootPackage + ".package-info", false, loader);
            ApplicationModule m = info.getAnnotation(ApplicationModule.class);
            return m == null ? Optional.empty() : Optional.of(of(m));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    public boolean hasSchema() {
        return schema != null && !schema.isEmpty();
    }

    /** The Flyway location of the module's migrations. */
    public String migrations() {
        return "classpath:db/" + schema;
    }

    /** The base name of the module's resource bundle. */
    public String bundle() {
        return "es.viogen." + name + ".messages";
    }

    /**
     * The modules with every module before those that may use it (a topological order of the declared
     * dependencies; ties by name). Dependencies on modules not given are ignored.
     *
     * @throws IllegalStateException when the declarations form a cycle
     */
    public static List<ModuleDescriptor> inDependencyOrder(Collection<ModuleDescriptor> modules) {
        Map<String, ModuleDescriptor> byName = new LinkedHashMap<>();
        modules.stream().sorted(Comparator.comparing(ModuleDescriptor::name)).forEach(m -> byName.put(m.name(), m));
        List<ModuleDescriptor> out = new ArrayList<>();
        List<String> visiting = new ArrayList<>();
        for (ModuleDescriptor m : byName.values()) {
            visit(m, byName, visiting, out);
        }
        return out;
    }

    private static void visit(ModuleDescriptor m, Map<String, ModuleDescriptor> byName, List<String> visiting,
                              List<ModuleDescriptor> out) {
        if (out.contains(m)) {
            return;
        }
        if (visiting.contains(m.name())) {
            throw new IllegalStateException("module dependency cycle: " + String.join(" -> ", visiting) + " -> " + m.name());
        }
        visiting.add(m.name());
        m.allowedDependencies().stream().sorted().map(byName::get).filter(d -> d != null)
                .forEach(d -> visit(d, byName, visiting, out));
        visiting.remove(m.name());
        out.add(m);
    }
}
