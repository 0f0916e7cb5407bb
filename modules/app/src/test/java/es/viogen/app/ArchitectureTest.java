package es.viogen.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The architecture rules of the conventions page, enforced on the production classes of every module:
 * modules meet only through each other's {@code api} package, module dependencies have no cycle, entities do not
 * reach up into boundaries or pages, web and SOAP types stay in {@code boundary}/{@code ui}, and transactions are
 * declared in {@code boundary} only.
 */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("es.viogen");
    }

    @Test
    void theModulesAreThere() {
        for (String m : new String[]{"platform", "municipal", "intake", "risk", "measures", "partners"}) {
            assertTrue(classes.containPackage("es.viogen." + m + ".api"),
                    "module " + m + " was not imported");
        }
        assertTrue(classes.size() > 50, "too few classes imported: " + classes.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform", "municipal", "intake", "risk", "measures", "partners"})
    void modulesTouchOnlyEachOthersApi(String module) {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("es.viogen." + module + "..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "es.viogen." + module + ".boundary..", "es.viogen." + module + ".control..",
                        "es.viogen." + module + ".entity..", "es.viogen." + module + ".ui..")
                .because("modules talk through each other's api package only (conventions: published surface)")
                .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void moduleDependenciesHaveNoCycle() {
        slices().matching("es.viogen.(*)..").should().beFreeOfCycles().check(classes);
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
                .should().resideInAPackage("..boundary..")
                .allowEmptyShould(true)
                .check(classes);
        methods().that().areAnnotatedWith(jakarta.transaction.Transactional.class)
                .or().areAnnotatedWith(jakarta.ejb.TransactionAttribute.class)
                .should().beDeclaredInClassesThat().resideInAPackage("..boundary..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** The module of a class in {@code es.viogen.<module>..}, or null. */
    private static String moduleOf(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length >= 3 && parts[0].equals("es") && parts[1].equals("viogen") ? parts[2] : null;
    }

    /**
     * A module reacts to another module's event only as a durable listener of the event publication registry
     * ({@code @DurableListener}); a CDI observer of another module's event would bypass it (lost on a failure or a
     * crash, or run inside the publisher's transaction).
     */
    /** The platform's startup signal (fired outside any transaction, ordered by priority) is observed by every module. */
    private static final String STARTUP_SIGNAL = "es.viogen.platform.api.PlatformReady";

    static final ArchRule noCrossModuleObservers = methods()
            .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
                    "not observe another module's event with @Observes or @ObservesAsync") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaMethod method,
                                  com.tngtech.archunit.lang.ConditionEvents events) {
                    String own = moduleOf(method.getOwner().getPackageName());
                    for (com.tngtech.archunit.core.domain.JavaParameter p : method.getParameters()) {
                        if (!p.isAnnotatedWith(jakarta.enterprise.event.Observes.class)
                                && !p.isAnnotatedWith(jakarta.enterprise.event.ObservesAsync.class)) {
                            continue;
                        }
                        String theirs = moduleOf(p.getRawType().getPackageName());
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
}
