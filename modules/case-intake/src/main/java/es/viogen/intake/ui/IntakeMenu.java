package es.viogen.intake.ui;

import es.viogen.platform.api.MenuContribution;
import es.viogen.platform.api.MenuEntry;
import es.viogen.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.List;

/** Case intake's menu entries: the case list and a new complaint (officers and the regional unit). */
@ApplicationScoped
public class IntakeMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        EnumSet<Role> workers = EnumSet.of(Role.POLICE_OFFICER, Role.LOCAL_POLICE_OFFICER, Role.UNIT_SUPERVISOR,
                Role.REGIONAL_UNIT);
        return List.of(
                new MenuEntry("intake.menu.cases", "/cases/list.xhtml", "pi pi-folder-open", workers, 10),
                new MenuEntry("intake.menu.cases.new", "/cases/new.xhtml", "pi pi-file-edit", workers, 11));
    }
}
