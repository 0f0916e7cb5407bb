package es.viogen.platform.ui;

import es.viogen.platform.api.Role;
import es.viogen.platform.api.Texts;
import es.viogen.platform.boundary.UserAdministration;
import es.viogen.platform.entity.Unit;
import es.viogen.platform.entity.UserAccount;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Admin screen: people, their role and unit; create, edit, unlock, reset password. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration admin;

    @Inject
    Texts texts;

    /** Lazy: one page of accounts per request (about 50 000 nationally), filtered and sorted by user name in SQL. */
    private final LazyDataModel<UserAccount> users = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, admin.countUsers(prefix(filterBy)));
        }

        @Override
        public List<UserAccount> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            boolean descending = sortBy.values().stream().anyMatch(m -> m.getOrder() == SortOrder.DESCENDING);
            return admin.users(prefix(filterBy), descending, first, pageSize);
        }

        @Override
        public String getRowKey(UserAccount u) {
            return String.valueOf(u.getId());
        }
    };

    private static String prefix(Map<String, FilterMeta> filterBy) {
        FilterMeta m = filterBy.get("username");
        return m == null || m.getFilterValue() == null ? null : m.getFilterValue().toString();
    }
    private List<Unit> units;

    // new / edited user
    private Long editingId;
    private long editingVersion;
    private String username;
    private String fullName;
    private Role role;
    private Long unitId;
    private boolean active = true;
    private String password;

    public LazyDataModel<UserAccount> getUsers() {
        return users;
    }

    public List<Unit> getUnits() {
        if (units == null) {
            units = admin.units();
        }
        return units;
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.PARTNER).toList();
    }

    public void startNew() {
        editingId = null;
        username = null;
        fullName = null;
        role = null;
        unitId = null;
        active = true;
        password = null;
    }

    public void edit(UserAccount u) {
        editingId = u.getId();
        editingVersion = u.getVersion();
        username = u.getUsername();
        fullName = u.getFullName();
        role = u.getRole();
        unitId = u.getUnit().getId();
        active = u.isActive();
        password = null;
    }

    public void save() {
        if (editingId == null) {
            admin.createUser(username, fullName, role, unitId, password);
        } else {
            admin.updateUser(editingId, fullName, role, unitId, active, editingVersion);
            if (password != null && !password.isBlank()) {
                admin.resetPassword(editingId, password);
            }
        }
        password = null;
        info("admin.saved");
    }

    public void unlock(UserAccount u) {
        admin.unlock(u.getId());
        info("admin.user.unlocked");
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get(key), null));
    }

    public boolean isLocked(UserAccount u) {
        return u.isLocked(java.time.Instant.now());
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
