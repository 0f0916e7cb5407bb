package es.viogen.municipal.ui;

import es.viogen.platform.api.MenuContribution;
import es.viogen.platform.api.MenuEntry;
import es.viogen.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.List;

/** Municipal integration's menu entries. */
@ApplicationScoped
public class MunicipalMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        EnumSet<Role> people = EnumSet.of(Role.ADHESION_MANAGER, Role.REGIONAL_UNIT, Role.ADMIN);
        return List.of(
                new MenuEntry("municipal.menu.coverage", "/municipal/coverage.xhtml", "pi pi-chart-bar", people, 60),
                new MenuEntry("municipal.menu.adhesions", "/municipal/adhesions.xhtml", "pi pi-building",
                        EnumSet.of(Role.ADHESION_MANAGER, Role.REGIONAL_UNIT), 61),
                new MenuEntry("municipal.menu.programme", "/municipal/programme.xhtml", "pi pi-list",
                        EnumSet.of(Role.ADHESION_MANAGER, Role.REGIONAL_UNIT), 62),
                new MenuEntry("municipal.menu.crisisCentres", "/municipal/crisis-centres.xhtml", "pi pi-heart", people, 63),
                new MenuEntry("municipal.menu.import", "/municipal/admin/import.xhtml", "pi pi-upload", EnumSet.of(Role.ADMIN), 93));
    }
}
