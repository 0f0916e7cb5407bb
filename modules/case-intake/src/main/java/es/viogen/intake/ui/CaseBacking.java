package es.viogen.intake.ui;

import es.viogen.intake.api.CaseStatus;
import es.viogen.intake.api.IncidentType;
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

    private final IncidentForm incident = new IncidentForm();
    private final TransferForm transfer = new TransferForm();
    private final InactivationForm inactivation = new InactivationForm();

    /** f:viewAction: loads the case (403 audited when outside the user's scope). */
    public void load() {
        try {
            if (id == null) {
                throw new es.viogen.platform.api.NoRecordNamed();
            }
            detail = files.open(id, "case page");
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
        glance = null;
        detail = files.open(id, "case page (after change)");
        timeline = null;
    }

    public String text(TimelineEntry e) {
        return texts.get(e.textKey(), e.args() == null ? new Object[0] : e.args().toArray());
    }

    public void reportIncident() {
        try {
            incidents.report(id, incident.toNew(MADRID));
        } catch (InvalidInput e) {
            show(e, "incident");
            return;
        }
        boolean reassess = incident.getType().requiresReassessment();
        incident.clear();
        reload();
        info(reassess ? "intake.incident.saved.reassess" : "intake.incident.saved");
        PrimeFaces.current().executeScript("PF('incidentDialog').hide()");
        PrimeFaces.current().ajax().update("case-page", "page-messages");
    }

    /** The regional unit confirms a serious incident (refusals as a message; the desk checks role and territory). */
    public void confirmSerious(long incidentId) {
        try {
            incidents.confirmSerious(id, incidentId);
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get(e.messageKey(), e.args()), null));
            return;
        }
        reload();
        info("intake.incident.confirm.done");
    }

    /** Whether the user may confirm serious incidents (the regional unit). */
    public boolean isConfirmer() {
        return scope.actor() != null && scope.actor().hasRole(es.viogen.platform.api.Role.REGIONAL_UNIT);
    }

    public void requestTransfer() {
        try {
            transfers.request(id, transfer.getUnitId(), transfer.getMunicipality(), transfer.getReason());
        } catch (InvalidInput e) {
            show(e, "transfer");
            return;
        }
        transfer.clear();
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
            inactivations.inactivate(id, inactivation.request());
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().addMessage("inactivation-messages", new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, texts.get(e.messageKey(), e.args()), null));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        reload();
        info(inactivation.isSupervised() ? "intake.inactivation.done.supervised" : "intake.inactivation.done");
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
        InactivationRules.Decision d = inactivations.preview(id, inactivation.request());
        if (d.supervisionReasons().stream().noneMatch(r -> r != InactivationRules.SupervisionReason.AGENTS_CHOICE)) {
            return "";
        }
        return texts.get("intake.inactivation.supervisionHint", String.join(", ", d.supervisionReasons().stream()
                .filter(r -> r != InactivationRules.SupervisionReason.AGENTS_CHOICE)
                .map(r -> texts.get("intake.supervisionReason." + r)).toList()));
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

    /**
     * The timeline, read at render time: its entries carry texts the modules resolve in the reader's language, which
     * is not applied yet while the view action runs (read there, a Spanish page got English alert names).
     */
    public List<TimelineEntry> getTimeline() {
        if (timeline == null && detail != null) {
            timeline = files.timeline(id);
        }
        return timeline;
    }

    /** The printable case file (PDF), audited as an export. */
    public org.primefaces.model.StreamedContent getCaseFile() {
        byte[] data = files.caseFile(id);
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name("caso-" + detail.getCase().getCaseNumber() + ".pdf").contentType("application/pdf")
                .stream(() -> new java.io.ByteArrayInputStream(data)).build();
    }

    private transient List<es.viogen.platform.api.GlanceItem> glance;

    /** The head of the page (level, deadlines, what is overdue, actions), read at render time in the page's language. */
    public List<es.viogen.platform.api.GlanceItem> getGlanceFacts() {
        return glance().stream().filter(g -> !g.action()).toList();
    }

    public List<es.viogen.platform.api.GlanceItem> getGlanceActions() {
        return glance().stream().filter(es.viogen.platform.api.GlanceItem::action).toList();
    }

    private List<es.viogen.platform.api.GlanceItem> glance() {
        if (glance == null) {
            glance = detail == null ? List.of() : files.glance(id);
        }
        return glance;
    }

    public IncidentForm getIncident() {
        return incident;
    }

    public TransferForm getTransfer() {
        return transfer;
    }

    public InactivationForm getInactivation() {
        return inactivation;
    }
}
