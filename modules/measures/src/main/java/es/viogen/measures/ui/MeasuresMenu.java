package es.viogen.measures.ui;

import es.viogen.platform.api.MenuContribution;
import es.viogen.platform.api.MenuEntry;
import es.viogen.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.List;

/** Follow-up entries: the unit's dashboard for officers, the region's for regional units. */
@ApplicationScoped
public class MeasuresMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry("menu.measures.unit", "/follow-up/unit.xhtml", "pi pi-calendar-clock",
                        EnumSet.of(Role.POLICE_OFFICER, Role.LOCAL_POLICE_OFFICER, Role.UNIT_SUPERVISOR), 40),
                new MenuEntry("menu.measures.region", "/follow-up/region.xhtml", "pi pi-chart-bar",
                        EnumSet.of(Role.REGIONAL_UNIT), 41));
    }
}
