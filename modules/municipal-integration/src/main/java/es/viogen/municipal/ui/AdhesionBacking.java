package es.viogen.municipal.ui;

import es.viogen.municipal.boundary.AdhesionDesk;
import es.viogen.municipal.boundary.MunicipalRegistry;
import es.viogen.municipal.control.AdhesionWorkflow;
import es.viogen.municipal.control.AgreementTerms;
import es.viogen.municipal.entity.AdhesionStatus;
import es.viogen.municipal.entity.CommissionMember;
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
import java.math.BigDecimal;
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
    private LocalDate signedOn;
    private Integer termYears = AgreementTerms.DEFAULT_TERM_YEARS;
    private RiskLevel maxLevel = AgreementTerms.DEFAULT_MAX_LEVEL;
    private String reference;
    private String state1;
    private String state2;
    private String local1;
    private String local2;
    // training
    private String officer;
    private Integer hours;
    private LocalDate trainedOn;
    private String course;
    // funds
    private Integer grantYear = LocalDate.now(MADRID).getYear();
    private BigDecimal amount;
    private LocalDate grantedOn;
    private String purpose;
    // local police attribute
    private Boolean hasLocalPolice;
    private String localPoliceSource;
    private LocalDate localPoliceAsOf;

    public void load() {
        detail = desk.detail(ine);
        if (hasLocalPolice == null) {
            hasLocalPolice = detail.municipality().isHasLocalPolice();
            localPoliceSource = detail.municipality().getLocalPoliceSource();
            localPoliceAsOf = detail.municipality().getLocalPoliceAsOf();
        }
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
        desk.transition(ine, target, effectiveOn, note);
        info(texts.get("municipal.adhesion.moved", texts.get("adhesionStatus." + target.name())));
        target = null;
        note = null;
        load();
    }

    public void saveAgreement() {
        desk.recordAgreement(ine, signedOn, termYears, maxLevel, reference, List.of(
                new AdhesionDesk.MemberInput(CommissionMember.Side.STATE, state1, null),
                new AdhesionDesk.MemberInput(CommissionMember.Side.STATE, state2, null),
                new AdhesionDesk.MemberInput(CommissionMember.Side.MUNICIPALITY, local1, null),
                new AdhesionDesk.MemberInput(CommissionMember.Side.MUNICIPALITY, local2, null)));
        info(texts.get("municipal.agreement.saved"));
        signedOn = null;
        reference = null;
        load();
    }

    public void saveTraining() {
        desk.recordTraining(ine, officer, hours, trainedOn, course);
        info(texts.get("municipal.training.saved"));
        officer = null;
        hours = null;
        trainedOn = null;
        course = null;
        load();
    }

    public void saveGrant() {
        desk.recordGrant(ine, grantYear, amount, grantedOn, purpose);
        info(texts.get("municipal.grant.saved"));
        amount = null;
        grantedOn = null;
        purpose = null;
        load();
    }

    public void saveLocalPolice() {
        registry.declareLocalPolice(ine, Boolean.TRUE.equals(hasLocalPolice), localPoliceSource, localPoliceAsOf);
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

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public Integer getTermYears() {
        return termYears;
    }

    public void setTermYears(Integer termYears) {
        this.termYears = termYears;
    }

    public RiskLevel getMaxLevel() {
        return maxLevel;
    }

    public void setMaxLevel(RiskLevel maxLevel) {
        this.maxLevel = maxLevel;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getState1() {
        return state1;
    }

    public void setState1(String state1) {
        this.state1 = state1;
    }

    public String getState2() {
        return state2;
    }

    public void setState2(String state2) {
        this.state2 = state2;
    }

    public String getLocal1() {
        return local1;
    }

    public void setLocal1(String local1) {
        this.local1 = local1;
    }

    public String getLocal2() {
        return local2;
    }

    public void setLocal2(String local2) {
        this.local2 = local2;
    }

    public String getOfficer() {
        return officer;
    }

    public void setOfficer(String officer) {
        this.officer = officer;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public LocalDate getTrainedOn() {
        return trainedOn;
    }

    public void setTrainedOn(LocalDate trainedOn) {
        this.trainedOn = trainedOn;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public Integer getGrantYear() {
        return grantYear;
    }

    public void setGrantYear(Integer grantYear) {
        this.grantYear = grantYear;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public void setGrantedOn(LocalDate grantedOn) {
        this.grantedOn = grantedOn;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Boolean getHasLocalPolice() {
        return hasLocalPolice;
    }

    public void setHasLocalPolice(Boolean hasLocalPolice) {
        this.hasLocalPolice = hasLocalPolice;
    }

    public String getLocalPoliceSource() {
        return localPoliceSource;
    }

    public void setLocalPoliceSource(String localPoliceSource) {
        this.localPoliceSource = localPoliceSource;
    }

    public LocalDate getLocalPoliceAsOf() {
        return localPoliceAsOf;
    }

    public void setLocalPoliceAsOf(LocalDate localPoliceAsOf) {
        this.localPoliceAsOf = localPoliceAsOf;
    }
}
