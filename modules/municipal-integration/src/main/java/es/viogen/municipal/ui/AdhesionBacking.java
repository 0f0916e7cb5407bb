package es.viogen.municipal.ui;

import es.viogen.municipal.boundary.AdhesionDesk;
import es.viogen.municipal.boundary.AdhesionRecords;
import es.viogen.municipal.boundary.MunicipalRegistry;
import es.viogen.municipal.control.AdhesionWorkflow;
import es.viogen.municipal.entity.AdhesionStatus;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** One council's adhesion: stage and history, transitions, agreement, training, funds, local police attribute. */
@Named
@ViewScoped
public class AdhesionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Inject
    AdhesionDesk desk;

    @Inject
    AdhesionRecords records;

    @Inject
    MunicipalRegistry registry;

    @Inject
    AccessScope scope;

    @Inject
    Texts texts;

    private String ine;
    private transient AdhesionDesk.Detail detail;

    // transition
    private AdhesionStatus target;
    private LocalDate effectiveOn = LocalDate.now(MADRID);
    private String note;
    // agreement
    private final AgreementForm agreement = new AgreementForm();
    private final TrainingForm training = new TrainingForm();
    private final GrantForm grant = new GrantForm();
    private final LocalPoliceForm localPolice = new LocalPoliceForm();

    public void load() {
        detail = desk.detail(ine);
        localPolice.fillOnce(detail.municipality());
    }

    public AdhesionDesk.Detail getDetail() {
        if (detail == null) {
            load();
        }
        return detail;
    }

    public List<AdhesionStatus> getTargets() {
        return Arrays.stream(AdhesionStatus.values()).filter(s -> s != AdhesionStatus.NOT_STARTED).toList();
    }

    public Set<AdhesionStatus> getAllowed() {
        return AdhesionWorkflow.next(getDetail().status());
    }

    public String getAllowedText() {
        return String.join(", ", getAllowed().stream().map(s -> texts.get("adhesionStatus." + s.name())).toList());
    }

    public RiskLevel[] getLevels() {
        return new RiskLevel[]{RiskLevel.NO_APRECIADO, RiskLevel.BAJO, RiskLevel.MEDIO};
    }

    public boolean isManager() {
        return scope.actor().hasRole(Role.ADHESION_MANAGER);
    }

    public void transition() {
        desk.transition(scope.actor(), ine, target, effectiveOn, note);
        info(texts.get("municipal.adhesion.moved", texts.get("adhesionStatus." + target.name())));
        target = null;
        note = null;
        load();
    }

    public void saveAgreement() {
        AgreementForm f = agreement;
        records.recordAgreement(scope.actor(), ine, f.getSignedOn(), f.getTermYears(), f.getMaxLevel(), f.getReference(),
                f.members());
        info(texts.get("municipal.agreement.saved"));
        f.saved();
        load();
    }

    public void saveTraining() {
        TrainingForm f = training;
        records.recordTraining(scope.actor(), ine, f.getOfficer(), f.getHours(), f.getTrainedOn(), f.getCourse());
        info(texts.get("municipal.training.saved"));
        f.saved();
        load();
    }

    public void saveGrant() {
        GrantForm f = grant;
        records.recordGrant(scope.actor(), ine, f.getGrantYear(), f.getAmount(), f.getGrantedOn(), f.getPurpose());
        info(texts.get("municipal.grant.saved"));
        f.saved();
        load();
    }

    public void saveLocalPolice() {
        LocalPoliceForm f = localPolice;
        registry.declareLocalPolice(ine, Boolean.TRUE.equals(f.getHasLocalPolice()), f.getLocalPoliceSource(),
                f.getLocalPoliceAsOf());
        info(texts.get("admin.saved"));
        load();
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public String getIne() {
        return ine;
    }

    public void setIne(String ine) {
        this.ine = ine;
    }

    public AdhesionStatus getTarget() {
        return target;
    }

    public void setTarget(AdhesionStatus target) {
        this.target = target;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public AgreementForm getAgreement() {
        return agreement;
    }

    public TrainingForm getTraining() {
        return training;
    }

    public GrantForm getGrant() {
        return grant;
    }

    public LocalPoliceForm getLocalPolice() {
        return localPolice;
    }
}
