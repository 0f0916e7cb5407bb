package es.viogen.platform.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModuleDescriptorTest {

    private static ModuleDescriptor m(String name, String... deps) {
        return new ModuleDescriptor(name, name, List.of(deps));
    }

    @Test
    void aModuleIsMigratedAfterEveryModuleItMayUse() {
        List<ModuleDescriptor> order = ModuleDescriptor.inDependencyOrder(List.of(m("partners", "platform", "risk",
                "intake"), m("risk", "platform", "intake"), m("intake", "platform", "municipal"), m("municipal", "platform"),
                m("platform")));
        assertEquals(List.of("platform", "municipal", "intake", "risk", "partners"),
                order.stream().map(ModuleDescriptor::name).toList());
    }

    @Test
    void aCycleIsRefusedWithItsPath() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ModuleDescriptor.inDependencyOrder(List.of(m("a", "b"), m("b", "a"))));
        assertTrue(e.getMessage().contains("a -> b -> a"), e.getMessage());
    }

    @Test
    void theDeclarationGivesTheMigrationsAndTheBundle() {
        ModuleDescriptor risk = m("risk", "platform");
        assertEquals("classpath:db/risk", risk.migrations());
        assertEquals("es.viogen.risk.messages", risk.bundle());
        assertFalse(new ModuleDescriptor("app", "", List.of()).hasSchema());
        ModuleDescriptor platform = ModuleDescriptor.load("es.viogen.platform", getClass().getClassLoader()).orElseThrow();
        assertEquals("platform", platform.schema());
        assertTrue(ModuleDescriptor.load("es.viogen.nothing", getClass().getClassLoader()).isEmpty());
    }
}
