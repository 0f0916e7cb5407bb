package es.viogen.platform.ui;

import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/** The error page: a refused page (403) of a logged-in person is written to the audit log. */
@Named
@RequestScoped
public class ErrorPage {

    @Inject
    CurrentActor current;

    @Inject
    AuditLog audit;

    private boolean recorded;

    public void record() {
        if (recorded) {
            return;
        }
        recorded = true;
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        Object status = request.get("jakarta.servlet.error.status_code");
        if (Integer.valueOf(403).equals(status) && current.isAuthenticated()) {
            Object uri = request.get("jakarta.servlet.error.request_uri");
            audit.record(AuditAction.ACCESS_DENIED, "page", uri == null ? null : uri.toString(), "role not allowed");
        }
    }
}
