package es.viogen.statistics.ui;

import es.viogen.platform.api.MenuContribution;
import es.viogen.platform.api.MenuEntry;
import es.viogen.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.List;

/** Statistics' menu entry. */
@ApplicationScoped
public class StatisticsMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry("statistics.menu", "/statistics/monthly.xhtml", "pi pi-chart-line",
                EnumSet.of(Role.REGIONAL_UNIT, Role.ADMIN), 65));
    }
}
