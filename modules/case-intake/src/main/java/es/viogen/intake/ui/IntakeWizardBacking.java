package es.viogen.intake.ui;

import es.viogen.intake.api.CaseRef;
import es.viogen.intake.api.ComplaintChannel;
import es.viogen.intake.api.DocumentType;
import es.viogen.intake.api.NewCase;
import es.viogen.intake.api.NewMinor;
import es.viogen.intake.api.Relationship;
import es.viogen.intake.boundary.CaseFiles;
import es.viogen.intake.boundary.CaseIntake;
import es.viogen.intake.boundary.PairCases;
import es.viogen.intake.control.DuplicateSearch;
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
    PairCases pairs;

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

    private final ComplaintStep complaint = new ComplaintStep();
    private final VictimStep victim = new VictimStep();
    private final AggressorStep aggressor = new AggressorStep();
    private final List<MinorForm> minors = new ArrayList<>();
    private final ReviewStep review = new ReviewStep();

    @PostConstruct
    void init() {
        complaint.setFiledAt(LocalDateTime.now(MADRID).withSecond(0).withNano(0));
        var actor = scope.actor();
        if (actor.territory() != null && actor.territory().municipalityCode() != null) {
            complaint.setMunicipalityCode(actor.territory().municipalityCode());
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
            review.victimMatchesFound(duplicates.victims(victim.getIdentity().toIdentity()));
            audited("duplicate search (victim)", review.getVictimMatches().size());
        } else if ("aggressor".equals(STEPS[step])) {
            review.aggressorMatchesFound(duplicates.aggressors(aggressor.getIdentity().toIdentity()));
            audited("duplicate search (aggressor)", review.getAggressorMatches().size());
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
            if (review.lacksSeparateCaseReason() && getPairCase() != null) {
                show(List.of(new FieldError("separateCaseReason", "intake.validation.required")));
                return;
            }
            ref = intake.register(scope.actor(), c, review.links());
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

    NewCase toNewCase() {
        List<NewMinor> ms = minors.stream().map(MinorForm::toNew).toList();
        return new NewCase(complaint.toNew(MADRID), victim.toNew(), aggressor.toNew(), ms,
                isNeedsUnit() ? complaint.getResponsibleUnitId() : null);
    }

    List<FieldError> stepErrors(String stepName) {
        List<FieldError> all = intake.fieldErrors(toNewCase());
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
        if ("complaint".equals(stepName) && isNeedsUnit() && complaint.getResponsibleUnitId() == null) {
            out.add(new FieldError("responsibleUnitId", "intake.validation.required"));
        }
        return out;
    }

    private static final java.util.regex.Pattern MINOR_FIELD = java.util.regex.Pattern.compile("minors\\[(\\d+)]\\.(\\w+)");

    /** The component of a field: {@code field-<name with dashes>}, or a minor's field inside the minors' repeat. */
    static String clientId(String field) {
        java.util.regex.Matcher m = MINOR_FIELD.matcher(field);
        if (m.matches()) {
            String part = switch (m.group(2)) {
                case "custodyArrangement" -> "custody";
                case "age", "firstName", "school" -> m.group(2);
                default -> null;
            };
            if (part != null) {
                return "f:minors:" + m.group(1) + ":minor-" + part;
            }
        }
        return "f:field-" + field.replace('.', '-').replaceAll("[^A-Za-z0-9_-]", "");
    }

    /** Puts each error on its field (component id {@code field-<name with dashes>}) and goes to its step. */
    private void show(List<FieldError> errors) {
        FacesContext fc = FacesContext.getCurrentInstance();
        int firstStep = STEPS.length - 1;
        for (FieldError e : errors) {
            String msg = texts.get(e.messageKey(), e.args().toArray());
            String id = clientId(e.field());
            fc.addMessage(id, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg, null));
            for (int i = 0; i < STEPS.length; i++) {
                if (e.field().startsWith(STEPS[i]) || i == 0 && e.field().startsWith("responsibleUnitId")) {
                    firstStep = Math.min(firstStep, i);
                }
            }
        }
        step = Math.min(step, firstStep);
        // one line at the top says how many fields to look at; each message is shown once, next to its field
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, errors.size() == 1
                ? texts.get("intake.validation.summaryOne") : texts.get("intake.validation.summary", errors.size()), null));
        fc.validationFailed();
    }

    /** The existing case of this victim and aggressor given the link choices (null when none, or not at review). */
    public es.viogen.intake.entity.Case getPairCase() {
        if (!"review".equals(STEPS[step])) {
            return null;
        }
        return pairs.existingCaseOfPair(toNewCase(), review.personLinks()).orElse(null);
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
        String code = complaint.getMunicipalityCode();
        return code == null ? null : municipalities.name(code.trim()).orElse(null);
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

    public ComplaintStep getComplaint() {
        return complaint;
    }

    public VictimStep getVictim() {
        return victim;
    }

    public AggressorStep getAggressor() {
        return aggressor;
    }

    public List<MinorForm> getMinors() {
        return minors;
    }

    public ReviewStep getReview() {
        return review;
    }
}
