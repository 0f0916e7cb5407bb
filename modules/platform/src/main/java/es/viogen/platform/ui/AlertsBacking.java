package es.viogen.platform.ui;

import es.viogen.platform.api.Texts;
import es.viogen.platform.boundary.AlertService;
import es.viogen.platform.entity.Alert;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The alerts inbox: open or all, by type; acknowledge; each alert links to its record. */
@Named
@ViewScoped
public class AlertsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AlertService alerts;

    @Inject
    Texts texts;

    private boolean openOnly = true;
    private String type;

    private final LazyDataModel<Alert> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) alerts.inboxCount(openOnly, type);
        }

        @Override
        public List<Alert> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return alerts.inbox(openOnly, type, first, pageSize);
        }

        @Override
        public String getRowKey(Alert a) {
            return String.valueOf(a.getId());
        }
    };

    public void acknowledge(long id) {
        alerts.acknowledge(id);
    }

    /** "Mark all read": every open alert of the chosen type except the critical ones (see the service). */
    public void acknowledgeAll() {
        int marked = alerts.acknowledgeAllButCritical(type);
        jakarta.faces.context.FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_INFO, texts.get("alerts.acknowledgedAll", marked), null));
    }

    /** The types of the person's alerts with their names, sorted by name, for the filter. */
    public List<jakarta.faces.model.SelectItem> getTypes() {
        return alerts.inboxTypes().stream()
                .map(t -> new jakarta.faces.model.SelectItem(t, texts.get("alert.type." + t)))
                .sorted(java.util.Comparator.comparing(jakarta.faces.model.SelectItem::getLabel)).toList();
    }

    public String text(Alert a) {
        return texts.get(a.getMessageKey(), a.args().toArray());
    }

    public LazyDataModel<Alert> getModel() {
        return model;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
