package es.viogen.platform.ui;

import es.viogen.platform.api.Texts;
import es.viogen.platform.boundary.AlertService;
import es.viogen.platform.entity.Alert;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The bell in the top bar. The page polls it (a light AJAX request every few seconds, cluster-safe since the
 * alerts live in the database): the count updates and each new alert shows as a growl, without a reload.
 */
@Named
@ViewScoped
public class AlertBell implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AlertService alerts;

    @Inject
    Texts texts;

    private Instant lastSeen = Instant.now();
    private long count = -1;

    public long getCount() {
        if (count < 0) {
            count = alerts.unreadCount();
        }
        return count;
    }

    public void poll() {
        count = alerts.unreadCount();
        List<Alert> fresh = alerts.raisedSince(lastSeen);
        for (Alert a : fresh) {
            FacesContext.getCurrentInstance().addMessage("growl", new FacesMessage(
                    a.getSeverity() == es.viogen.platform.api.AlertSeverity.CRITICAL
                            ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_WARN,
                    texts.get("alert.type." + a.getType()), texts.get(a.getMessageKey(), a.args().toArray())));
            if (a.getRaisedAt().isAfter(lastSeen)) {
                lastSeen = a.getRaisedAt();
            }
        }
    }
}
