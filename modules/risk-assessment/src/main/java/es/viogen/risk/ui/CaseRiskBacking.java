package es.viogen.risk.ui;

import es.viogen.platform.api.Texts;
import es.viogen.risk.boundary.LevelDrops;
import es.viogen.risk.boundary.ReviewRequests;
import es.viogen.risk.control.CaseRiskStore;
import es.viogen.risk.entity.CaseFlag;
import es.viogen.risk.entity.CaseRisk;
import es.viogen.risk.entity.LevelDrop;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The case's risk in force on {@code /risk/history.xhtml}: level and lasting flags (lift with a reason), the level
 * drops (applied, proposed, decided), and the victim's requests for a review (record one: a VPER is due now).
 */
@Named("caseRisk")
@ViewScoped
public class CaseRiskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LevelDrops drops;

    @Inject
    ReviewRequests reviews;

    @Inject
    Texts texts;

    private Long caseId;
    private CaseRisk risk;
    private List<LevelDrop> levelDrops;
    private List<CaseRiskStore.ReviewRequest> requests;
    private CaseFlag flagToLift;
    private String liftReason;
    private LocalDate requestedOn = LocalDate.now(ZoneId.of("Europe/Madrid"));
    private String channel;
    private String whatChanged;

    @PostConstruct
    void init() {
        caseId = Language.longParam("case");
        try {
            if (caseId == null) {
                throw new es.viogen.platform.api.NoRecordNamed();
            }
            load();
        } catch (es.viogen.platform.api.DomainException e) {
            refusal = e;
            caseId = null;
        }
    }

    /** Why the page shows nothing of its record (none named, unknown, outside the user's territory), or null. */
    private es.viogen.platform.api.DomainException refusal;

    public String getRefusal() {
        return refusal == null ? null : texts.get(refusal.messageKey(), refusal.args());
    }


    private void load() {
        risk = drops.riskOf(caseId).orElse(null);
        levelDrops = drops.ofCase(caseId);
        requests = reviews.reviewRequests(caseId);
    }

    public CaseRisk getRisk() {
        if (risk == null && caseId != null) {
            risk = drops.riskOf(caseId).orElse(null);
        }
        return risk;
    }

    /** The lasting flags set on the case. */
    public List<CaseFlag> getFlags() {
        List<CaseFlag> out = new ArrayList<>();
        CaseRisk r = getRisk();
        if (r != null) {
            for (CaseFlag f : CaseFlag.values()) {
                if (r.has(f)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    public String lift() {
        drops.liftFlag(caseId, flagToLift, liftReason);
        return done("risk.flag.lifted");
    }

    public String recordRequest() {
        reviews.recordReviewRequest(caseId, requestedOn, channel, whatChanged);
        return done("risk.review.recorded");
    }

    /** Back to the page (fresh data), the message kept for the next request. */
    private String done(String messageKey) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get(messageKey), null));
        fc.getExternalContext().getFlash().setKeepMessages(true);
        return "/risk/history.xhtml?faces-redirect=true&case=" + caseId;
    }

    public List<String> getChannels() {
        return List.of("IN_PERSON", "PHONE", "WRITTEN", "THROUGH_SERVICES", "OTHER");
    }

    public Long getCaseId() {
        return caseId;
    }

    public List<LevelDrop> getLevelDrops() {
        return levelDrops;
    }

    public List<CaseRiskStore.ReviewRequest> getRequests() {
        return requests;
    }

    public CaseFlag getFlagToLift() {
        return flagToLift;
    }

    public void setFlagToLift(CaseFlag flagToLift) {
        this.flagToLift = flagToLift;
    }

    public String getLiftReason() {
        return liftReason;
    }

    public void setLiftReason(String liftReason) {
        this.liftReason = liftReason;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getWhatChanged() {
        return whatChanged;
    }

    public void setWhatChanged(String whatChanged) {
        this.whatChanged = whatChanged;
    }
}
