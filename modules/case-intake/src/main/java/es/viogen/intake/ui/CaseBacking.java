package es.viogen.intake.ui;

import es.viogen.intake.api.CaseStatus;
import es.viogen.intake.api.IncidentType;
import es.viogen.intake.api.NewIncident;
import es.viogen.intake.boundary.CaseFiles;
import es.viogen.intake.boundary.CaseInactivations;
import es.viogen.intake.boundary.CaseTransfers;
import es.viogen.intake.boundary.IncidentDesk;
import es.viogen.intake.control.CaseDetail;
import es.viogen.intake.control.InactivationRules;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.DomainException;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.Texts;
import es.viogen.platform.api.TimelineEntry;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** The case page: data (protected address only for the owner), timeline, incident, transfer and inactivation dialogs. */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Inject
    CaseFiles files;

    @Inject
    IncidentDesk incidents;

    @Inject
    CaseTransfers transfers;

    @Inject
    CaseInactivations inactivations;

    @Inject
    AccessScope scope;

    @Inject
    Units units;

    @Inject
    Texts texts;

    private Long id;
    private CaseDetail detail;
    private List<TimelineEntry> timeline;

    // incident dialog
    private IncidentType incidentType;
    private LocalDateTime incidentAt;
    private String incidentPlace;
    private String incidentDescription;
    private String incidentSource;

    // transfer dialog
    private Long transferUnitId;
    private String transferMunicipality;
    private String transferReason;

    // inactivation dialog
    private boolean supervised;
    private LocalDate inPersonContactOn;
    private boolean judicialMeasureInForce;
    private boolean vulnerabilityObserved;
    private LocalDate victimUnlocatableSince;
    private String inactivationNote;

    /** f:viewAction: loads the case (403 audited when outside the user's scope). */
    public void load() {
        if (id == null) {
            throw new es.viogen.platform.api.RecordNotFound("Case", "-");
        }
        try {
            detail = files.open(id, "case page");
            timeline = files.timeline(id);
        } catch (DomainException e) {
            // already audited (access denied) by the scope check; the text is resolved at render time, in the
            // user's language (the view's locale is not applied yet while a view action runs)
            refusal = e;
        }
    }

    private DomainException refusal;

    /** Why the case is not shown (no permission, not found), or null. */
    public String getRefusal() {
        return refusal == null ? null : texts.get(refusal.messageKey(), refusal.args());
    }

    private void reload() {
        supervisionHint = null;
        detail = files.open(id, "case page (after change)");
        timeline = files.timeline(id);
    }

    public String text(TimelineEntry e) {
        return texts.get(e.textKey(), e.args() == null ? new Object[0] : e.args().toArray());
    }

    public void reportIncident() {
        try {
            incidents.report(id, new NewIncident(incidentType, incidentAt == null ? null : incidentAt.atZone(MADRID).toInstant(),
                    incidentPlace, incidentDescription, incidentSource));
        } catch (InvalidInput e) {
            show(e, "incident");
            return;
        }
        boolean reassess = incidentType.requiresReassessment();
        incidentType = null;
        incidentAt = null;
        incidentPlace = null;
        incidentDescription = null;
        incidentSource = null;
        reload();
        info(reassess ? "intake.incident.saved.reassess" : "intake.incident.saved");
        PrimeFaces.current().executeScript("PF('incidentDialog').hide()");
        PrimeFaces.current().ajax().update("case-page", "page-messages");
    }

    public void requestTransfer() {
        try {
            transfers.request(id, transferUnitId, transferMunicipality, transferReason);
        } catch (InvalidInput e) {
            show(e, "transfer");
            return;
        }
        transferUnitId = null;
        transferMunicipality = null;
        transferReason = null;
        reload();
        info("intake.transfer.requested");
        PrimeFaces.current().executeScript("PF('transferDialog').hide()");
        PrimeFaces.current().ajax().update("case-page", "page-messages");
    }

    public void cancelTransfer(long transferId) {
        transfers.cancel(id, transferId);
        reload();
        info("intake.transfer.cancelled");
    }

    public void inactivate() {
        try {
            inactivations.inactivate(id, request());
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().addMessage("inactivation-messages", new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, texts.get(e.messageKey(), e.args()), null));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        reload();
        info(supervised ? "intake.inactivation.done.supervised" : "intake.inactivation.done");
        PrimeFaces.current().executeScript("PF('inactivationDialog').hide()");
        PrimeFaces.current().ajax().update("case-page", "page-messages");
    }

    public void extendSupervision() {
        LocalDate until = inactivations.extendSupervision(id, null);
        reload();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.get("intake.inactivation.extended", until.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))), null));
    }

    public void endSupervision() {
        inactivations.endSupervision(id, null);
        reload();
        info("intake.inactivation.ended");
    }

    /** The supervision reasons that the rules find on this case now, for the dialog. */
    public String getSupervisionHint() {
        if (detail == null || detail.getCase().getStatus() != CaseStatus.ACTIVE) {
            return null;
        }
        if (supervisionHint == null) {
            supervisionHint = computeSupervisionHint();
        }
        return supervisionHint.isEmpty() ? null : supervisionHint;
    }

    /** Cached per loaded state of the case ("" = none). */
    private String supervisionHint;

    private String computeSupervisionHint() {
        InactivationRules.Decision d = inactivations.preview(id, request());
        if (d.supervisionReasons().stream().noneMatch(r -> r != InactivationRules.SupervisionReason.AGENTS_CHOICE)) {
            return "";
        }
        return texts.get("intake.inactivation.supervisionHint", String.join(", ", d.supervisionReasons().stream()
                .filter(r -> r != InactivationRules.SupervisionReason.AGENTS_CHOICE)
                .map(r -> texts.get("intake.supervisionReason." + r)).toList()));
    }

    private InactivationRules.Request request() {
        return new InactivationRules.Request(supervised, inPersonContactOn, judicialMeasureInForce,
                vulnerabilityObserved, victimUnlocatableSince, inactivationNote);
    }

    private void show(InvalidInput e, String prefix) {
        FacesContext fc = FacesContext.getCurrentInstance();
        for (FieldError fe : e.fieldErrors()) {
            fc.addMessage(prefix + ":field-" + fe.field().replace('.', '-'), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get(fe.messageKey(), fe.args().toArray()), null));
        }
        fc.validationFailed();
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get(key), null));
    }

    public List<UnitView> getTransferUnits() {
        return units.all().stream().filter(es.viogen.intake.control.OwnershipRules::canOwnCases)
                .filter(u -> detail == null || u.id() != detail.getCase().getUnitId()).toList();
    }

    public String unitName(long unitId) {
        return units.find(unitId).map(UnitView::name).orElse(String.valueOf(unitId));
    }

    public IncidentType[] getIncidentTypes() {
        return IncidentType.values();
    }

    public boolean isActive() {
        return detail != null && detail.getCase().getStatus() == CaseStatus.ACTIVE;
    }

    public boolean isSupervisedCase() {
        return detail != null && detail.getCase().getStatus() == CaseStatus.SUPERVISED;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CaseDetail getDetail() {
        return detail;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public IncidentType getIncidentType() {
        return incidentType;
    }

    public void setIncidentType(IncidentType incidentType) {
        this.incidentType = incidentType;
    }

    public LocalDateTime getIncidentAt() {
        return incidentAt;
    }

    public void setIncidentAt(LocalDateTime incidentAt) {
        this.incidentAt = incidentAt;
    }

    public String getIncidentPlace() {
        return incidentPlace;
    }

    public void setIncidentPlace(String incidentPlace) {
        this.incidentPlace = incidentPlace;
    }

    public String getIncidentDescription() {
        return incidentDescription;
    }

    public void setIncidentDescription(String incidentDescription) {
        this.incidentDescription = incidentDescription;
    }

    public String getIncidentSource() {
        return incidentSource;
    }

    public void setIncidentSource(String incidentSource) {
        this.incidentSource = incidentSource;
    }

    public Long getTransferUnitId() {
        return transferUnitId;
    }

    public void setTransferUnitId(Long transferUnitId) {
        this.transferUnitId = transferUnitId;
    }

    public String getTransferMunicipality() {
        return transferMunicipality;
    }

    public void setTransferMunicipality(String transferMunicipality) {
        this.transferMunicipality = transferMunicipality;
    }

    public String getTransferReason() {
        return transferReason;
    }

    public void setTransferReason(String transferReason) {
        this.transferReason = transferReason;
    }

    public boolean isSupervised() {
        return supervised;
    }

    public void setSupervised(boolean supervised) {
        this.supervised = supervised;
    }

    public LocalDate getInPersonContactOn() {
        return inPersonContactOn;
    }

    public void setInPersonContactOn(LocalDate inPersonContactOn) {
        this.inPersonContactOn = inPersonContactOn;
    }

    public boolean isJudicialMeasureInForce() {
        return judicialMeasureInForce;
    }

    public void setJudicialMeasureInForce(boolean judicialMeasureInForce) {
        this.judicialMeasureInForce = judicialMeasureInForce;
    }

    public boolean isVulnerabilityObserved() {
        return vulnerabilityObserved;
    }

    public void setVulnerabilityObserved(boolean vulnerabilityObserved) {
        this.vulnerabilityObserved = vulnerabilityObserved;
    }

    public LocalDate getVictimUnlocatableSince() {
        return victimUnlocatableSince;
    }

    public void setVictimUnlocatableSince(LocalDate victimUnlocatableSince) {
        this.victimUnlocatableSince = victimUnlocatableSince;
    }

    public String getInactivationNote() {
        return inactivationNote;
    }

    public void setInactivationNote(String inactivationNote) {
        this.inactivationNote = inactivationNote;
    }
}
