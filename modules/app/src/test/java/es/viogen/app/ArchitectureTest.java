package es.viogen.app;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import es.viogen.platform.api.ApplicationModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The architecture rules of the conventions page, generated from each module's declaration
 * ({@link ApplicationModule} on {@code es.viogen.<module>/package-info.java}) and enforced on the production classes
 * and sources of every module:
 * <ul>
 *   <li>a module uses only its own classes and the {@code api} package of the modules it declares (an allow-list:
 *       any other package of another module — {@code internal}, {@code control}, anything — is refused);</li>
 *   <li>the declared dependencies form no cycle (so direction is decided by the declarations);</li>
 *   <li>no SQL in a module names another module's schema (sources and migrations are read);</li>
 *   <li>a published {@code api} is self-contained; entities do not reach up; web and SOAP types stay in
 *       {@code boundary}/{@code ui}; transactions — including EJB components, transactional by default — are declared
 *       in {@code boundary} only; JPA entities and embeddables live in {@code entity}.</li>
 * </ul>
 */
class ArchitectureTest {

    private static final String ROOT = "es.viogen";
    /** Build tooling outside the WAR (starts PostgreSQL and Payara Micro); it uses no module. */
    private static final Set<String> OUTSIDE_THE_WAR = Set.of("launcher");

    static JavaClasses classes;
    static Map<String, ApplicationModule> modules;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        modules = declaredModules();
    }

    /** The declarations, read from each root package's {@code package-info}. */
    private static Map<String, ApplicationModule> declaredModules() {
        Map<String, ApplicationModule> found = new LinkedHashMap<>();
        for (var pkg : classes.getPackage(ROOT).getSubpackages()) {
            String name = pkg.getRelativeName();
            try {
                ApplicationModule m = Class.forName(ROOT + "." + name + ".package-info")
                        .getAnnotation(ApplicationModule.class);
                if (m != null) {
                    found.put(name, m);
                }
            } catch (ClassNotFoundException e) {
                // no package-info: reported by everyModuleIsDeclared
            }
        }
        return found;
    }

    static String moduleOf(String className) {
        if (!className.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = className.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? null : rest.substring(0, dot);
    }

    @Test
    void everyModuleIsDeclared() {
        Set<String> packages = classes.getPackage(ROOT).getSubpackages().stream()
                .map(p -> p.getRelativeName()).collect(Collectors.toSet());
        packages.removeAll(OUTSIDE_THE_WAR);
        assertEquals(packages, modules.keySet(), "every root package of es.viogen declares @ApplicationModule");
        for (var e : modules.entrySet()) {
            assertEquals(e.getKey(), e.getValue().name(), "declared name matches the package");
            for (String dep : e.getValue().allowedDependencies()) {
                assertTrue(modules.containsKey(dep), e.getKey() + " allows unknown module " + dep);
            }
        }
        assertTrue(classes.size() > 50, "too few classes imported: " + classes.size());
    }

    @Test
    void declaredDependenciesHaveNoCycle() {
        for (String start : modules.keySet()) {
            List<String> cycle = cycleFrom(start, start, new ArrayList<>(List.of(start)), new HashSet<>());
            assertTrue(cycle.isEmpty(), "module dependency cycle: " + String.join(" -> ", cycle));
        }
    }

    private static List<String> cycleFrom(String start, String at, List<String> path, Set<String> seen) {
        for (String next : modules.get(at).allowedDependencies()) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(next);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleFrom(start, next, path, seen);
                if (!found.isEmpty()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return List.of();
    }

    @Test
    void modulesUseOnlyTheApiOfTheModulesTheyDeclare() {
        classes().that().resideInAPackage(ROOT + "..")
                .should(useOnlyAllowedModules())
                .because("each module declares its allowed dependencies; only their api packages are reachable")
                .check(classes);
    }

    private static ArchCondition<JavaClass> useOnlyAllowedModules() {
        return new ArchCondition<>("use only their own module and the api of the modules they declare") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = moduleOf(origin.getName());
                if (own == null || OUTSIDE_THE_WAR.contains(own)) {
                    return;
                }
                ApplicationModule declared = modules.get(own);
                Set<String> allowed = declared == null ? Set.of() : Set.of(declared.allowedDependencies());
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getName();
                    String other = moduleOf(target);
                    if (other == null || other.equals(own)) {
                        continue;
                    }
                    boolean api = target.startsWith(ROOT + "." + other + ".api.");
                    if (!allowed.contains(other) || !api) {
                        events.add(SimpleConditionEvent.violated(d, own + " may not use " + target + " ("
                                + (allowed.contains(other) ? "not in " + other + "'s api" : other + " is not among "
                                + own + "'s allowed dependencies " + allowed) + "): " + d.getDescription()));
                    }
                }
            }
        };
    }

    /** A schema-qualified table after a SQL keyword, e.g. {@code FROM intake.victim}, {@code JOIN measures.x}. */
    private static final Pattern SQL_TABLE = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table|references|exists)\\s+\"?([a-z_]+)\"?\\s*\\.\\s*\"?([a-z_][a-z0-9_]*)");

    @Test
    void noModuleNamesAnotherModulesSchemaInSql() throws IOException {
        Map<String, String> schemaOwner = new LinkedHashMap<>();
        modules.forEach((name, m) -> {
            if (!m.schema().isEmpty()) {
                schemaOwner.put(m.schema(), name);
            }
        });
        List<String> violations = new ArrayList<>();
        Path modulesDir = Paths.get("").toAbsolutePath().getParent();
        try (Stream<Path> files = Files.walk(modulesDir)) {
            for (Path f : files.filter(ArchitectureTest::productionSource).toList()) {
                String own = owningModule(f);
                if (own == null || !modules.containsKey(own)) {
                    // not an application module: a tool outside the WAR (the launcher, the dataset generator that
                    // fills every module's tables, as a DBA's load would)
                    continue;
                }
                String text = withoutComments(Files.readString(f));
                Matcher m = SQL_TABLE.matcher(text);
                while (m.find()) {
                    String owner = schemaOwner.get(m.group(1).toLowerCase());
                    if (owner != null && !owner.equals(own)) {
                        violations.add(modulesDir.relativize(f) + ": " + own + " names " + m.group(1) + "."
                                + m.group(2) + " of module " + owner);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertTrue(violations.isEmpty(), "SQL naming another module's tables (ask its api or keep a copy from its "
                + "events):\n" + String.join("\n", violations));
    }

    private static boolean productionSource(Path f) {
        String s = f.toString().replace('\\', '/');
        return s.contains("/src/main/") && (s.endsWith(".java") || s.endsWith(".sql") || s.endsWith(".xml"));
    }

    /** The module of a source file: the package segment under {@code es/viogen/}, or its migration folder. */
    private static String owningModule(Path f) {
        String s = f.toString().replace('\\', '/');
        Matcher java = Pattern.compile("/src/main/java/es/viogen/([a-z]+)/").matcher(s);
        if (java.find()) {
            return java.group(1);
        }
        Matcher moduleDir = Pattern.compile("/modules/([a-z-]+)/src/main/").matcher(s);
        if (moduleDir.find()) {
            Path javaRoot = Paths.get(s.substring(0, moduleDir.end()) + "java/es/viogen");
            try (Stream<Path> roots = Files.list(javaRoot)) {
                return roots.filter(Files::isDirectory).map(p -> p.getFileName().toString()).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private static String withoutComments(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", " ").replaceAll("(?m)--.*$", " ")
                .replaceAll("(?s)<!--.*?-->", " ");
    }

    @Test
    void apiPackagesAreSelfContained() {
        noClasses().that().resideInAPackage("es.viogen.*.api..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..", "..entity..", "..ui..")
                .because("a published api holds events, query interfaces and DTO records only")
                .check(classes);
    }

    @Test
    void entitiesDoNotDependOnBoundariesOrPages() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..ui..")
                .check(classes);
    }

    @Test
    void jpaTypesLiveInEntityPackages() {
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .or().areAnnotatedWith(jakarta.persistence.Embeddable.class)
                .or().areAnnotatedWith(jakarta.persistence.MappedSuperclass.class)
                .should().resideInAPackage("..entity..")
                .because("entities and value objects of a module are its entity package")
                .check(classes);
    }

    @Test
    void webAndSoapTypesStayInBoundaryAndUi() {
        noClasses().that().resideOutsideOfPackages("..boundary..", "..ui..", "es.viogen.app..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.jws..",
                        "jakarta.xml.ws..", "jakarta.faces..", "org.primefaces..")
                .because("JAX-RS, JAX-WS and Faces belong to the entry points")
                .check(classes);
    }

    @Test
    void transactionsAreDeclaredInBoundariesOnly() {
        classes().that().areAnnotatedWith(jakarta.transaction.Transactional.class)
                .or().areAnnotatedWith(jakarta.ejb.TransactionAttribute.class)
                .or().areAnnotatedWith(jakarta.ejb.Stateless.class)
                .or().areAnnotatedWith(jakarta.ejb.Stateful.class)
                .or().areAnnotatedWith(jakarta.ejb.Singleton.class)
                .or().areAnnotatedWith(jakarta.ejb.MessageDriven.class)
                .should().resideInAPackage("..boundary..")
                .because("transactions, including EJB components (transactional by default), start at the boundary")
                .allowEmptyShould(true)
                .check(classes);
        methods().that().areAnnotatedWith(jakarta.transaction.Transactional.class)
                .or().areAnnotatedWith(jakarta.ejb.TransactionAttribute.class)
                .should().beDeclaredInClassesThat().resideInAPackage("..boundary..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** The platform's startup signal (fired outside any transaction, ordered by priority) is observed by every module. */
    private static final String STARTUP_SIGNAL = "es.viogen.platform.api.PlatformReady";

    /**
     * A module reacts to another module's event only as a durable listener of the event publication registry
     * ({@code @DurableListener}); a CDI observer of another module's event would bypass it (lost on a failure or a
     * crash, or run inside the publisher's transaction).
     */
    static final com.tngtech.archunit.lang.ArchRule noCrossModuleObservers = methods()
            .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
                    "not observe another module's event with @Observes or @ObservesAsync") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaMethod method,
                                  com.tngtech.archunit.lang.ConditionEvents events) {
                    String own = moduleOf(method.getOwner().getName());
                    for (com.tngtech.archunit.core.domain.JavaParameter p : method.getParameters()) {
                        if (!p.isAnnotatedWith(jakarta.enterprise.event.Observes.class)
                                && !p.isAnnotatedWith(jakarta.enterprise.event.ObservesAsync.class)) {
                            continue;
                        }
                        String theirs = moduleOf(p.getRawType().getName());
                        if (theirs != null && !theirs.equals(own) && !STARTUP_SIGNAL.equals(p.getRawType().getName())
                                && p.getRawType().getPackageName().startsWith("es.viogen." + theirs + ".api")) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                                    method.getFullName() + " observes " + p.getRawType().getName() + " of module "
                                            + theirs + " directly; declare it a @DurableListener (event publication registry)"));
                        }
                    }
                }
            })
            .because("every cross-module reaction goes through the event publication registry (conventions: events between modules)");

    @Test
    void crossModuleReactionsGoThroughTheEventPublicationRegistry() {
        noCrossModuleObservers.check(classes);
    }

    /** The one class that decides whether the current actor may read or change a case (intake owns cases). */
    static final String CASE_GATE = "es.viogen.intake.boundary.CaseGatekeeper";

    /** Gates of records other than cases, which decide with the actor's scope themselves (each named with why). */
    static final Set<String> OTHER_RECORD_GATES = Set.of(
            "es.viogen.municipal.boundary.CrisisCentreDirectory", // a referral sits where its crisis centre is
            "es.viogen.measures.boundary.DueLists");              // a unit's due list: the unit's place

    /**
     * Every read of a case passes intake's gate ({@code CaseQueries}, platform's {@code CaseGate}): no other class
     * outside platform (which implements the scope) asks the scope about a single record, so none can decide case
     * access on its own.
     */
    static final com.tngtech.archunit.lang.ArchRule onlyTheGateDecidesCaseAccess = noClasses()
            .that().resideOutsideOfPackage("es.viogen.platform..")
            .and().doNotHaveFullyQualifiedName(CASE_GATE)
            .and(com.tngtech.archunit.base.DescribedPredicate.describe("are not gates of other records",
                    (JavaClass c) -> !OTHER_RECORD_GATES.contains(c.getName())))
            .should().callMethod(es.viogen.platform.api.AccessScope.class, "requireRead",
                    es.viogen.platform.api.RecordLocation.class, String.class, String.class)
            .orShould().callMethod(es.viogen.platform.api.AccessScope.class, "canRead",
                    es.viogen.platform.api.RecordLocation.class)
            .orShould().callMethod(es.viogen.platform.api.Visibility.class, "admits",
                    es.viogen.platform.api.RecordLocation.class)
            .because("one case-access gate (" + CASE_GATE + "): refusals audited once, 404/403 the same everywhere");

    @Test
    void onlyTheCaseGateDecidesCaseAccess() {
        onlyTheGateDecidesCaseAccess.check(classes);
    }

    /** The platform migrates the modules' schemas in the order their declarations give (no hand-picked numbers). */
    @Test
    void schemasAreMigratedInTheOrderOfTheDeclarations() {
        List<es.viogen.platform.api.ModuleDescriptor> found = modules.values().stream()
                .map(es.viogen.platform.api.ModuleDescriptor::of).toList();
        assertEquals(List.of("platform", "municipal", "intake", "risk", "measures", "partners", "statistics"),
                es.viogen.platform.api.ModuleDescriptor.inDependencyOrder(found).stream()
                        .filter(es.viogen.platform.api.ModuleDescriptor::hasSchema)
                        .map(es.viogen.platform.api.ModuleDescriptor::schema).toList());
    }

    /** Every cluster lock declared as a constant has a name and a key of its own (keys are derived from names). */
    @Test
    void clusterLocksHaveDistinctNamesAndKeys() throws Exception {
        Map<String, String> byName = new LinkedHashMap<>();
        Map<Long, String> byKey = new LinkedHashMap<>();
        for (JavaClass c : classes) {
            for (com.tngtech.archunit.core.domain.JavaField f : c.getFields()) {
                if (!f.getRawType().isEquivalentTo(es.viogen.platform.api.ClusterLock.class)
                        || !f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)) {
                    continue;
                }
                java.lang.reflect.Field field = f.reflect();
                field.setAccessible(true);
                es.viogen.platform.api.ClusterLock lock = (es.viogen.platform.api.ClusterLock) field.get(null);
                String where = c.getName() + "." + f.getName();
                String other = byName.putIfAbsent(lock.name(), where);
                assertTrue(other == null, "cluster lock '" + lock.name() + "' declared twice: " + other + " and " + where);
                other = byKey.putIfAbsent(lock.key(), where);
                assertTrue(other == null, "cluster lock key collision: " + other + " and " + where);
            }
        }
        assertTrue(byName.size() >= 9, "the locks were found: " + byName);
    }
}
