package es.viogen.platform.ui;

import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.CurrentActor;
import es.viogen.platform.api.MenuContribution;
import es.viogen.platform.api.MenuEntry;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.RuntimeMode;
import es.viogen.platform.api.Texts;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The logged-in person as the template shows them: name, role, unit, menu by role, language. */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor current;

    @Inject
    Instance<MenuContribution> contributions;

    @Inject
    Texts texts;

    @Inject
    RuntimeMode mode;

    @Inject
    AuditLog audit;

    private Locale locale = Locale.forLanguageTag("es");

    public Actor getActor() {
        return current.get();
    }

    public String getDisplayName() {
        return current.get().displayName();
    }

    public String getUnitName() {
        return current.get().unitName();
    }

    public Long getUnitId() {
        return current.get().unitId();
    }

    /** The role code, e.g. {@code POLICE_OFFICER}, or empty. */
    public String getRoleCode() {
        Role r = current.get().role();
        return r == null ? "" : r.name();
    }

    public boolean isLoggedIn() {
        return current.isAuthenticated();
    }

    public String getRoleName() {
        Role r = current.get().role();
        return r == null ? "" : texts.get("role." + r.name());
    }

    public boolean hasRole(String role) {
        Role r = current.get().role();
        return r != null && r.name().equals(role);
    }

    public boolean isDemo() {
        return mode.isDemo();
    }

    /** Menu entries visible to the current role, in order. */
    public List<MenuEntry> getMenuEntries() {
        Role role = current.get().role();
        if (role == null) {
            return List.of();
        }
        return contributions.stream().flatMap(c -> c.entries().stream())
                .filter(e -> e.roles().contains(role))
                .sorted(Comparator.comparingInt(MenuEntry::order)).toList();
    }

    /** One link of the side menu, as the template renders it. */
    public record MenuLink(String href, String label, String icon, String styleClass, boolean current) {
    }

    /** The side menu: the role's entries as links, the current page marked. */
    public List<MenuLink> getMenuLinks() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        String ctx = ec.getRequestContextPath();
        String viewId = FacesContext.getCurrentInstance().getViewRoot() == null ? ""
                : FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return getMenuEntries().stream().map(e -> new MenuLink(ctx + e.url(), texts.get(e.labelKey()), e.icon(),
                "menu-" + e.labelKey().replaceAll("[^A-Za-z0-9]", "-"), e.url().equals(viewId))).toList();
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void switchLanguage(String language) throws IOException {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("es");
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().getSessionMap().put(es.viogen.platform.boundary.BundleTexts.SESSION_LANGUAGE,
                locale.getLanguage());
        fc.getViewRoot().setLocale(locale);
        ExternalContext ec = fc.getExternalContext();
        // the same page with the same record: the form posted to the page's own address with its query
        // (KeepQueryViewHandler), so the query is here to keep
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        String query = request.getQueryString();
        ec.redirect(request.getRequestURI() + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    public void logout() throws IOException, ServletException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        if (isLoggedIn()) {
            audit.record(AuditAction.LOGOUT, "UserAccount", null, "logout");
        }
        ((HttpServletRequest) ec.getRequest()).logout();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/login.xhtml?logout=true");
    }
}
