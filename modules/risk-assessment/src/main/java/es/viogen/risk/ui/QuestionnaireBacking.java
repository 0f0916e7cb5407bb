package es.viogen.risk.ui;

import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Texts;
import es.viogen.risk.boundary.InstrumentLibrary;
import es.viogen.risk.boundary.RiskAssessments;
import es.viogen.risk.control.AssessmentView;
import es.viogen.risk.control.Factor;
import es.viogen.risk.control.Indicator;
import es.viogen.risk.control.Instrument;
import es.viogen.risk.control.Judgement;
import es.viogen.risk.control.Submission;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire: the instrument's indicators grouped by factor (Sí / No / No se sabe), progress, the victim's
 * own perception, and the officer's raise-only override with its reason. On a case (officers) it submits and goes to
 * the result; in trial mode (administrators, /risk/admin/trial.xhtml) it shows the result and stores nothing.
 */
@Named("questionnaire")
@ViewScoped
public class QuestionnaireBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RiskAssessments assessments;

    @Inject
    InstrumentLibrary library;

    @Inject
    Texts texts;

    private Long caseId;
    private String caseNumber;
    private String code;
    private String version;
    private transient Instrument instrument;
    private String instrumentCode;
    private String instrumentVersion;
    private final Map<String, String> answers = new HashMap<>();
    private Boolean victimPerceptionAsked;
    private RiskLevel victimPerceivedLevel;
    private RiskLevel overrideLevel;
    private String overrideReason;
    private String victimConfirmReason;
    private String dropReason;
    private final java.util.Set<String> carried = new java.util.HashSet<>();
    private AssessmentView preview;

    /** Loads the instrument: the case's next one ({@code ?case=}), or the one on trial ({@code ?code=&version=}). */
    @PostConstruct
    void init() {
        caseId = Language.longParam("case");
        code = Language.param("code");
        version = Language.param("version");
        try {
            if (caseId == null && (code == null || version == null)) {
                throw new es.viogen.platform.api.NoRecordNamed();
            }
            Instrument in;
            if (isTrial()) {
                in = library.instrument(code, version);
            } else {
                RiskAssessments.CaseInstrument ci = assessments.instrumentForCase(caseId);
                caseNumber = ci.caseNumber();
                in = ci.instrument();
            }
            instrument = in;
            instrumentCode = in.code();
            instrumentVersion = in.version();
            if (!isTrial()) {
                // facts established earlier are known answers: "Sí", not editable
                carried.addAll(assessments.carriedIndicators(caseId, in));
                carried.forEach(c -> answers.put(c, "SI"));
            }
        } catch (es.viogen.platform.api.DomainException e) {
            refusal = e;
        }
    }

    /** Why the page shows nothing of its record (none named, unknown, outside the user's territory), or null. */
    private es.viogen.platform.api.DomainException refusal;

    public String getRefusal() {
        return refusal == null ? null : texts.get(refusal.messageKey(), refusal.args());
    }

    /** The indicator receives a fact already established on the case. */
    public String getCaseNumber() {
        return caseNumber;
    }

    public boolean carried(String code) {
        return carried.contains(code);
    }

    public String getVictimConfirmReason() {
        return victimConfirmReason;
    }

    public void setVictimConfirmReason(String victimConfirmReason) {
        this.victimConfirmReason = victimConfirmReason;
    }

    public String getDropReason() {
        return dropReason;
    }

    public void setDropReason(String dropReason) {
        this.dropReason = dropReason;
    }

    public boolean isTrial() {
        return caseId == null && code != null;
    }

    public Instrument getInstrument() {
        if (instrument == null && instrumentCode != null) {
            instrument = library.instrument(instrumentCode, instrumentVersion);
        }
        return instrument;
    }

    public boolean isSpanish() {
        return Language.spanish(texts);
    }

    public List<Factor> getFactors() {
        return getInstrument() == null ? List.of() : getInstrument().factors();
    }

    public String factorName(Factor f) {
        return f.name(isSpanish());
    }

    public String indicatorText(Indicator i) {
        return i.text(isSpanish());
    }

    public int getTotal() {
        return getInstrument() == null ? 0 : getInstrument().indicators().size();
    }

    public long getAnswered() {
        return getInstrument() == null ? 0 : getInstrument().indicators().stream()
                .filter(i -> answers.get(i.code()) != null && !answers.get(i.code()).isBlank()).count();
    }

    public long answeredIn(Factor f) {
        return f.indicators().stream().filter(i -> answers.get(i.code()) != null && !answers.get(i.code()).isBlank())
                .count();
    }

    public String getProgressText() {
        return texts.get("risk.questionnaire.progress", getAnswered(), getTotal());
    }

    public int getProgress() {
        return getTotal() == 0 ? 0 : (int) (getAnswered() * 100 / getTotal());
    }

    public RiskLevel[] getLevels() {
        return RiskLevel.values();
    }

    /** Officers: stores the assessment and shows its result. */
    public String submit() {
        if (!complete()) {
            return null;
        }
        carried.forEach(c -> answers.put(c, "SI"));
        AssessmentView v = assessments.submit(caseId, new Submission(instrumentCode, instrumentVersion, answers,
                Boolean.TRUE.equals(victimPerceptionAsked), victimPerceivedLevel, overrideLevel, overrideReason,
                victimConfirmReason, dropReason), isSpanish());
        return "/risk/result.xhtml?faces-redirect=true&id=" + v.id();
    }

    /** Administrators: scores and explains on this page, nothing stored. */
    public void tryOut() {
        if (!complete()) {
            return;
        }
        preview = assessments.preview(instrumentCode, instrumentVersion, answers,
                new Judgement(Boolean.TRUE.equals(victimPerceptionAsked), victimPerceivedLevel, overrideLevel,
                        overrideReason, victimConfirmReason), isSpanish());
    }

    private boolean complete() {
        long missing = getTotal() - getAnswered();
        if (missing > 0) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get("risk.questionnaire.missing", missing), null));
            return false;
        }
        if (victimPerceptionAsked == null) {
            FacesContext.getCurrentInstance().addMessage("f:field-victimPerceptionAsked",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("risk.questionnaire.victimAskedRequired"), null));
            return false;
        }
        return true;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public Boolean getVictimPerceptionAsked() {
        return victimPerceptionAsked;
    }

    public void setVictimPerceptionAsked(Boolean victimPerceptionAsked) {
        this.victimPerceptionAsked = victimPerceptionAsked;
    }

    public RiskLevel getVictimPerceivedLevel() {
        return victimPerceivedLevel;
    }

    public void setVictimPerceivedLevel(RiskLevel victimPerceivedLevel) {
        this.victimPerceivedLevel = victimPerceivedLevel;
    }

    public RiskLevel getOverrideLevel() {
        return overrideLevel;
    }

    public void setOverrideLevel(RiskLevel overrideLevel) {
        this.overrideLevel = overrideLevel;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public AssessmentView getPreview() {
        return preview;
    }
}
