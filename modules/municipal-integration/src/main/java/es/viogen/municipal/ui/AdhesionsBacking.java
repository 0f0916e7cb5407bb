package es.viogen.municipal.ui;

import es.viogen.municipal.api.MunicipalityView;
import es.viogen.municipal.boundary.AdhesionDesk;
import es.viogen.municipal.boundary.CoverageService;
import es.viogen.municipal.boundary.MunicipalRegistry;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The programme's councils and their adhesion stage; registering a new council. */
@Named
@ViewScoped
public class AdhesionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoverageService coverage;

    @Inject
    MunicipalRegistry registry;

    @Inject
    AdhesionDesk desk;

    @Inject
    AccessScope scope;

    @Inject
    Texts texts;

    private String regionCode;
    private transient List<CoverageService.ProgrammeTown> towns;
    private String municipality;
    private String reason;
    private String statusFilter;

    @PostConstruct
    void init() {
        regionCode = RegionChoice.of(scope.actor());
    }

    public List<CoverageService.ProgrammeTown> getTowns() {
        if (towns == null) {
            towns = coverage.programme(regionCode);
        }
        if (statusFilter != null && !statusFilter.isBlank()) {
            return towns.stream().filter(t -> statusFilter.equals(t.status())
                    || "PENDING".equals(statusFilter) && !t.isIntegrated()).toList();
        }
        return towns;
    }

    /** Suggestions for the council field: "INE — name (province)". */
    public List<String> complete(String text) {
        return registry.search(text, 15).stream()
                .filter(v -> v.regionCode().equals(regionCode))
                .map(AdhesionsBacking::label).toList();
    }

    static String label(MunicipalityView v) {
        return v.ineCode() + " — " + v.name() + " (" + v.provinceName() + ")";
    }

    public String register() {
        String ine = municipality == null ? "" : municipality.trim();
        if (ine.length() >= 5) {
            ine = ine.substring(0, 5);
        }
        if (!ine.matches("\\d{5}")) {
            throw new InvalidInput("municipality", "municipal.adhesion.pickMunicipality");
        }
        desk.register(scope.actor(), ine, reason);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("municipal.adhesion.registered"), null));
        return "/municipal/adhesion.xhtml?faces-redirect=true&ine=" + ine;
    }

    public boolean isManager() {
        return scope.actor().hasRole(Role.ADHESION_MANAGER);
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(String statusFilter) {
        this.statusFilter = statusFilter;
    }
}
