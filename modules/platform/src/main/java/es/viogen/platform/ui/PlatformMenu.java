package es.viogen.platform.ui;

import es.viogen.platform.api.MenuContribution;
import es.viogen.platform.api.MenuEntry;
import es.viogen.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.List;

/** The platform's menu entries: home, alerts, audit log, users, units and event publications. */
@ApplicationScoped
public class PlatformMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry("menu.home", "/home.xhtml", "pi pi-home", EnumSet.allOf(Role.class), 0),
                new MenuEntry("menu.alerts", "/alerts.xhtml", "pi pi-bell",
                        EnumSet.of(Role.REGIONAL_UNIT, Role.POLICE_OFFICER, Role.LOCAL_POLICE_OFFICER, Role.UNIT_SUPERVISOR,
                                Role.ADHESION_MANAGER), 5),
                new MenuEntry("menu.audit", "/audit/log.xhtml", "pi pi-shield", EnumSet.of(Role.ADMIN, Role.REGIONAL_UNIT), 90),
                new MenuEntry("menu.users", "/admin/users.xhtml", "pi pi-users", EnumSet.of(Role.ADMIN), 91),
                new MenuEntry("menu.units", "/admin/units.xhtml", "pi pi-sitemap", EnumSet.of(Role.ADMIN), 92),
                new MenuEntry("menu.publications", "/admin/publications.xhtml", "pi pi-sync", EnumSet.of(Role.ADMIN), 93));
    }
}
