package es.viogen.platform.api;

import java.util.Set;

/**
 * An item of the main menu, contributed by a module through a {@link MenuContribution}.
 *
 * @param labelKey bundle key of the label
 * @param url      path of the page, e.g. {@code /case-intake/cases.xhtml}
 * @param icon     PrimeIcons class, e.g. {@code pi pi-folder}
 * @param roles    roles that see it
 * @param order    position (lower first)
 */
public record MenuEntry(String labelKey, String url, String icon, Set<Role> roles, int order) {
}
