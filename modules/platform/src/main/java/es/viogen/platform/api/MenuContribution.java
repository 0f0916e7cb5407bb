package es.viogen.platform.api;

import java.util.List;

/** A module's entries in the main menu (an application-scoped CDI bean). */
public interface MenuContribution {

    List<MenuEntry> entries();
}
