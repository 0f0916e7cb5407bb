package es.viogen.partners.ui;

import es.viogen.platform.api.MenuContribution;
import es.viogen.platform.api.MenuEntry;
import es.viogen.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.List;

/** The partner registry and the outbound delivery log, for administrators. */
@ApplicationScoped
public class PartnersMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry("menu.partners", "/partners/partners.xhtml", "pi pi-link", EnumSet.of(Role.ADMIN), 93),
                new MenuEntry("menu.partnerDeliveries", "/partners/deliveries.xhtml", "pi pi-send", EnumSet.of(Role.ADMIN), 94));
    }
}
