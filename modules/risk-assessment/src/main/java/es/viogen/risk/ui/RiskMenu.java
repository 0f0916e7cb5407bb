package es.viogen.risk.ui;

import es.viogen.platform.api.MenuContribution;
import es.viogen.platform.api.MenuEntry;
import es.viogen.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.List;

/**
 * Risk assessment's menu: the pending assessments (officers, regional units), the level drops awaiting approval
 * (supervisors, regional units), the model monitoring (regional units, administrators) and the instruments
 * (administrators).
 */
@ApplicationScoped
public class RiskMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry("risk.menu.pending", "/risk/pending.xhtml", "pi pi-exclamation-triangle",
                        EnumSet.of(Role.POLICE_OFFICER, Role.LOCAL_POLICE_OFFICER, Role.UNIT_SUPERVISOR,
                                Role.REGIONAL_UNIT), 25),
                new MenuEntry("risk.menu.drops", "/risk/level-drops.xhtml", "pi pi-arrow-down",
                        EnumSet.of(Role.UNIT_SUPERVISOR, Role.REGIONAL_UNIT), 26),
                new MenuEntry("risk.menu.monitoring", "/risk/monitoring/instrument.xhtml", "pi pi-chart-line",
                        EnumSet.of(Role.REGIONAL_UNIT, Role.ADMIN), 27),
                new MenuEntry("risk.menu.instruments", "/risk/admin/instruments.xhtml", "pi pi-sliders-h",
                        EnumSet.of(Role.ADMIN), 93));
    }
}
