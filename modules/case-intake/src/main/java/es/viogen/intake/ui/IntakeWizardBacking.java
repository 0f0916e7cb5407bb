package es.viogen.intake.ui;

import es.viogen.intake.api.CaseRef;
import es.viogen.intake.api.ComplaintChannel;
import es.viogen.intake.api.DocumentType;
import es.viogen.intake.api.NewAggressor;
import es.viogen.intake.api.NewCase;
import es.viogen.intake.api.NewComplaint;
import es.viogen.intake.api.NewMinor;
import es.viogen.intake.api.NewVictim;
import es.viogen.intake.api.Relationship;
import es.viogen.intake.boundary.CaseFiles;
import es.viogen.intake.boundary.CaseIntake;
import es.viogen.intake.control.DuplicateMatch;
import es.viogen.intake.control.DuplicateSearch;
import es.viogen.intake.control.IntakeValidation;
import es.viogen.intake.control.MunicipalityDirectory;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.Texts;
import es.viogen.platform.api.UnitView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The intake wizard: complaint → victim → aggressor → minors → review. Each step is checked before moving on;
 * the same victim or aggressor found anywhere in the system is shown before saving, and the officer links or
 * proceeds. Saving is one transaction ({@link CaseIntake}).
 */
@Named
@ViewScoped
public class IntakeWizardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final String[] STEPS = {"complaint", "victim", "aggressor", "minors", "review"};

    @Inject
    CaseIntake intake;

    @Inject
    CaseFiles files;

    @Inject
    DuplicateSearch duplicates;

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    Texts texts;

    private int step;

    // complaint
    private String atestadoNumber;
    private LocalDateTime filedAt;
    private String place;
    private String municipalityCode;
    private ComplaintChannel channel = ComplaintChannel.VICTIM;
    private String summary;
    private Long responsibleUnitId;

    // victim
    private final PersonForm victim = new PersonForm();
    private String language = "español";
    private boolean interpreterNeeded;
    private String safeContactChannel;
    private String safeCallWindow;
    private String phone;
    private String address;
    private boolean addressProtected;

    // aggressor
    private final PersonForm aggressor = new PersonForm();
    private Relationship relationship;
    private boolean cohabiting;
    private boolean weaponsLicence;
    private boolean whereaboutsKnown = true;

    private final List<MinorForm> minors = new ArrayList<>();

    private List<DuplicateMatch> victimMatches = List.of();
    private List<DuplicateMatch> aggressorMatches = List.of();
    private String victimLink = "";
    private String aggressorLink = "";
    private boolean separateCase;
    private String separateCaseReason;

    @PostConstruct
    void init() {
        filedAt = LocalDateTime.now(MADRID).withSecond(0).withNano(0);
        var actor = scope.actor();
        if (actor.territory() != null && actor.territory().municipalityCode() != null) {
            municipalityCode = actor.territory().municipalityCode();
        }
    }

    public boolean isNeedsUnit() {
        var role = scope.actor().role();
        return role == null || !role.isOfficer();
    }

    public List<UnitView> getUnits() {
        return files.visibleUnits();
    }

    public void next() {
        List<FieldError> errors = stepErrors(STEPS[step]);
        if (!errors.isEmpty()) {
            show(errors);
            return;
        }
        if ("victim".equals(STEPS[step])) {
            victimMatches = duplicates.victims(victim.toIdentity());
            audited("duplicate search (victim)", victimMatches.size());
            victimLink = "";
        } else if ("aggressor".equals(STEPS[step])) {
            aggressorMatches = duplicates.aggressors(aggressor.toIdentity());
            audited("duplicate search (aggressor)", aggressorMatches.size());
            aggressorLink = "";
        }
        step = Math.min(step + 1, STEPS.length - 1);
    }

    public void previous() {
        step = Math.max(0, step - 1);
    }

    public void addMinor() {
        minors.add(new MinorForm());
    }

    public void removeMinor(MinorForm m) {
        minors.remove(m);
    }

    public void save() throws IOException {
        NewCase c = toNewCase();
        CaseRef ref;
        try {
            if (separateCase && getPairCase() != null && (separateCaseReason == null || separateCaseReason.isBlank())) {
                show(List.of(new FieldError("separateCaseReason", "intake.validation.required")));
                return;
            }
            ref = intake.register(scope.actor(), c, new CaseIntake.Links(link(victimLink), link(aggressorLink),
                    separateCase ? separateCaseReason : null));
        } catch (InvalidInput e) {
            show(e.fieldErrors());
            return;
        }
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().getFlash().setKeepMessages(true);
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.get(ref.attached() ? "intake.saved.attached" : "intake.saved", ref.caseNumber()), null));
        fc.getExternalContext().redirect(fc.getExternalContext().getRequestContextPath() + "/cases/case.xhtml?id=" + ref.caseId());
    }

    private void audited(String purpose, int matches) {
        audit.record(AuditAction.SEARCH, "Case", null, purpose + ", " + matches + " matches");
    }

    private static Long link(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value);
    }

    NewCase toNewCase() {
        Instant filed = filedAt == null ? null : filedAt.atZone(MADRID).toInstant();
        List<NewMinor> ms = minors.stream().map(MinorForm::toNew).toList();
        return new NewCase(new NewComplaint(atestadoNumber, filed, place, municipalityCode, channel, summary),
                new NewVictim(victim.toIdentity(), language, interpreterNeeded, safeContactChannel, safeCallWindow,
                        phone, address, addressProtected),
                new NewAggressor(aggressor.toIdentity(), relationship, cohabiting, weaponsLicence, whereaboutsKnown),
                ms, isNeedsUnit() ? responsibleUnitId : null);
    }

    List<FieldError> stepErrors(String stepName) {
        Instant now = Instant.now();
        List<FieldError> all = IntakeValidation.check(toNewCase(), municipalities::known, now, LocalDate.now(MADRID));
        String prefix = switch (stepName) {
            case "complaint" -> "complaint";
            case "victim" -> "victim";
            case "aggressor" -> "aggressor";
            case "minors" -> "minors";
            default -> "";
        };
        List<FieldError> out = new ArrayList<>();
        for (FieldError e : all) {
            if (e.field().startsWith(prefix)) {
                out.add(e);
            }
        }
        if ("complaint".equals(stepName) && isNeedsUnit() && responsibleUnitId == null) {
            out.add(new FieldError("responsibleUnitId", "intake.validation.required"));
        }
        return out;
    }

    /** Puts each error on its field (component id {@code field-<name with dashes>}) and goes to its step. */
    private void show(List<FieldError> errors) {
        FacesContext fc = FacesContext.getCurrentInstance();
        int firstStep = STEPS.length - 1;
        for (FieldError e : errors) {
            String msg = texts.get(e.messageKey(), e.args().toArray());
            String id = "f:field-" + e.field().replace('.', '-').replaceAll("[^A-Za-z0-9_-]", "");
            fc.addMessage(id, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg, null));
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get("intake.field." + e.field().replaceAll("\\[\\d+]", "")) + ": " + msg, null));
            for (int i = 0; i < STEPS.length; i++) {
                if (e.field().startsWith(STEPS[i]) || i == 0 && e.field().startsWith("responsibleUnitId")) {
                    firstStep = Math.min(firstStep, i);
                }
            }
        }
        step = Math.min(step, firstStep);
        fc.validationFailed();
    }

    /** The existing case of this victim and aggressor given the link choices (null when none, or not at review). */
    public es.viogen.intake.entity.Case getPairCase() {
        if (!"review".equals(STEPS[step])) {
            return null;
        }
        return intake.existingCaseOfPair(toNewCase(), new CaseIntake.Links(link(victimLink), link(aggressorLink)))
                .orElse(null);
    }

    /** Case number, owning unit and status only: the officer may not be allowed to read that case. */
    public String getPairCaseText() {
        var c = getPairCase();
        if (c == null) {
            return "";
        }
        return texts.get("intake.pair.existing", c.getCaseNumber(), files.unitName(c.getUnitId()),
                texts.get("intake.caseStatus." + c.getStatus().name()));
    }

    public boolean isSeparateCase() {
        return separateCase;
    }

    public void setSeparateCase(boolean separateCase) {
        this.separateCase = separateCase;
    }

    public String getSeparateCaseReason() {
        return separateCaseReason;
    }

    public void setSeparateCaseReason(String separateCaseReason) {
        this.separateCaseReason = separateCaseReason;
    }

    public String getStepName() {
        return STEPS[step];
    }

    public int getStep() {
        return step;
    }

    public boolean isLastStep() {
        return step == STEPS.length - 1;
    }

    public String[] getSteps() {
        return STEPS;
    }

    public String getMunicipalityName() {
        return municipalityCode == null ? null : municipalities.name(municipalityCode.trim()).orElse(null);
    }

    public ComplaintChannel[] getChannels() {
        return ComplaintChannel.values();
    }

    public DocumentType[] getDocumentTypes() {
        return DocumentType.values();
    }

    public Relationship[] getRelationships() {
        return Relationship.values();
    }

    public List<DuplicateMatch> getVictimMatches() {
        return victimMatches;
    }

    public List<DuplicateMatch> getAggressorMatches() {
        return aggressorMatches;
    }

    public String getVictimLink() {
        return victimLink;
    }

    public void setVictimLink(String victimLink) {
        this.victimLink = victimLink;
    }

    public String getAggressorLink() {
        return aggressorLink;
    }

    public void setAggressorLink(String aggressorLink) {
        this.aggressorLink = aggressorLink;
    }

    public String getAtestadoNumber() {
        return atestadoNumber;
    }

    public void setAtestadoNumber(String atestadoNumber) {
        this.atestadoNumber = atestadoNumber;
    }

    public LocalDateTime getFiledAt() {
        return filedAt;
    }

    public void setFiledAt(LocalDateTime filedAt) {
        this.filedAt = filedAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public void setChannel(ComplaintChannel channel) {
        this.channel = channel;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Long getResponsibleUnitId() {
        return responsibleUnitId;
    }

    public void setResponsibleUnitId(Long responsibleUnitId) {
        this.responsibleUnitId = responsibleUnitId;
    }

    public PersonForm getVictim() {
        return victim;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isInterpreterNeeded() {
        return interpreterNeeded;
    }

    public void setInterpreterNeeded(boolean interpreterNeeded) {
        this.interpreterNeeded = interpreterNeeded;
    }

    public String getSafeContactChannel() {
        return safeContactChannel;
    }

    public void setSafeContactChannel(String safeContactChannel) {
        this.safeContactChannel = safeContactChannel;
    }

    public String getSafeCallWindow() {
        return safeCallWindow;
    }

    public void setSafeCallWindow(String safeCallWindow) {
        this.safeCallWindow = safeCallWindow;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public boolean isAddressProtected() {
        return addressProtected;
    }

    public void setAddressProtected(boolean addressProtected) {
        this.addressProtected = addressProtected;
    }

    public PersonForm getAggressor() {
        return aggressor;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public void setRelationship(Relationship relationship) {
        this.relationship = relationship;
    }

    public boolean isCohabiting() {
        return cohabiting;
    }

    public void setCohabiting(boolean cohabiting) {
        this.cohabiting = cohabiting;
    }

    public boolean isWeaponsLicence() {
        return weaponsLicence;
    }

    public void setWeaponsLicence(boolean weaponsLicence) {
        this.weaponsLicence = weaponsLicence;
    }

    public boolean isWhereaboutsKnown() {
        return whereaboutsKnown;
    }

    public void setWhereaboutsKnown(boolean whereaboutsKnown) {
        this.whereaboutsKnown = whereaboutsKnown;
    }

    public List<MinorForm> getMinors() {
        return minors;
    }
}
