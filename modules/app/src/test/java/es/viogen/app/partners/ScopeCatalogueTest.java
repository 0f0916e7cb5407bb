package es.viogen.app.partners;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import es.viogen.partners.control.Scopes;
import es.viogen.platform.api.RequiresScope;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every scope a REST resource requires can be granted on the administrators' partner screen (its list is
 * {@link Scopes#ALL}): a scope that cannot be granted makes its operation unusable.
 */
class ScopeCatalogueTest {

    @Test
    void everyRequiredScopeCanBeGrantedInTheAdminScreen() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("es.viogen");
        Set<String> required = new TreeSet<>();
        for (JavaClass c : classes) {
            c.tryGetAnnotationOfType(RequiresScope.class).ifPresent(a -> required.add(a.value()));
            for (JavaMethod m : c.getMethods()) {
                m.tryGetAnnotationOfType(RequiresScope.class).ifPresent(a -> required.add(a.value()));
            }
        }
        assertTrue(required.size() >= 8, "the scan found the annotated resources: " + required);
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(Scopes.ALL);
        assertEquals(Set.of(), missing, "scopes required by the code but not grantable in the admin screen");
    }
}
