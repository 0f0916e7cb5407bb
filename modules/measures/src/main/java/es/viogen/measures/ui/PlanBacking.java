package es.viogen.measures.ui;

import es.viogen.measures.api.JudicialOrderType;
import es.viogen.measures.api.MeasureView;
import es.viogen.measures.api.NewJudicialOrder;
import es.viogen.measures.api.PlanView;
import es.viogen.measures.boundary.FollowUpService;
import es.viogen.measures.boundary.JudicialOrderDesk;
import es.viogen.measures.boundary.MeasureExecutions;
import es.viogen.measures.boundary.SafetyPlans;
import es.viogen.measures.entity.FollowedCase;
import es.viogen.measures.entity.JudicialOrder;
import es.viogen.measures.entity.MeasureExecution;
import es.viogen.measures.entity.PlanMeasure;
import es.viogen.measures.entity.SafetyPlanItem;
import es.viogen.platform.api.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** A case's protection plan: measures and executions, judicial orders, breaches and the personal safety plan. */
@Named
@ViewScoped
public class PlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Inject
    FollowUpService followUp;

    @Inject
    MeasureExecutions executions;

    @Inject
    JudicialOrderDesk orders;

    @Inject
    SafetyPlans safetyPlans;

    @Inject
    Texts texts;

    private Long caseId;
    private transient FollowedCase followed;
    private transient PlanView plan;

    // execution form
    private Long measureId;
    private LocalDateTime executedAt;
    private String notes;

    // judicial order form
    private JudicialOrderType orderType;
    private String court;
    private String procedureNumber;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Integer distanceMetres;
    private String orderNotes;

    public void load() {
        try {
            if (caseId == null) {
                throw new es.viogen.platform.api.NoRecordNamed();
            }
            followed = followUp.caseFor(caseId, "protection plan page opened");
            plan = followUp.plan(caseId).orElse(null);
        } catch (es.viogen.platform.api.DomainException e) {
            // the scope check audited the refusal; the text is resolved at render time in the user's language
            refusal = e;
            followed = null;
        }
    }

    /** Why the page shows no plan (no case named, unknown, outside the user's territory), or null. */
    private es.viogen.platform.api.DomainException refusal;

    public String getRefusal() {
        return refusal == null ? null : texts.get(refusal.messageKey(), refusal.args());
    }

    private void refresh() {
        plan = followUp.plan(caseId).orElse(null);
    }

    public void startExecution(long measureId) {
        this.measureId = measureId;
        this.executedAt = LocalDateTime.now(MADRID).withSecond(0).withNano(0);
        this.notes = null;
    }

    public void recordExecution() {
        Instant at = executedAt == null ? null : executedAt.atZone(MADRID).toInstant();
        executions.recordExecution(caseId, measureId, at, notes);
        info("measures.execution.saved");
        measureId = null;
        refresh();
    }

    public void registerOrder() {
        orders.register(caseId, new NewJudicialOrder(orderType, court, procedureNumber, startsOn, endsOn,
                distanceMetres, orderNotes));
        info("measures.order.saved");
        orderType = null;
        court = null;
        procedureNumber = null;
        startsOn = null;
        endsOn = null;
        distanceMetres = null;
        orderNotes = null;
        refresh();
    }

    public void breach(long orderId) {
        orders.recordBreach(caseId, orderId, Instant.now(), null);
        info("measures.order.breachSaved");
        refresh();
    }

    public void tick(SafetyPlanItem item) {
        safetyPlans.tickSafetyItem(caseId, item.getId(), !item.isDone(), item.getVersion());
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get(key), null));
    }

    public String measureName(String code) {
        return texts.get("measure." + code);
    }

    public Instant now() {
        return Instant.now();
    }

    @Inject
    es.viogen.measures.boundary.PlanLayout layout;

    private transient List<es.viogen.measures.boundary.PlanLayout.Placed> arranged;

    /** The measures in force, grouped by the level that brings them, mandatory first, in the protocol's order. */
    public List<es.viogen.measures.boundary.PlanLayout.Placed> getMeasures() {
        if (arranged == null) {
            arranged = plan == null ? List.of() : layout.arrange(followed.getProtocolId(), plan.measures());
        }
        return arranged;
    }

    public String group(es.viogen.measures.boundary.PlanLayout.Placed p) {
        return texts.get("plan.group", texts.get("measures.level." + p.level().name()).toLowerCase(texts.locale()),
                texts.get(p.measure().mandatory() ? "plan.mandatoryPlural" : "plan.complementaryPlural"));
    }

    public List<PlanMeasure> getWithdrawn() {
        return caseId == null ? List.of() : followUp.measureHistory(caseId).stream().filter(m -> !m.isInForce()).toList();
    }

    public List<JudicialOrder> getOrders() {
        return caseId == null ? List.of() : orders.orders(caseId);
    }

    public List<MeasureExecution> getExecutions() {
        return caseId == null ? List.of() : executions.executions(caseId);
    }

    public List<SafetyPlanItem> getSafetyPlan() {
        return caseId == null ? List.of() : safetyPlans.safetyPlan(caseId);
    }

    public List<JudicialOrderType> getOrderTypes() {
        return Arrays.asList(JudicialOrderType.values());
    }

    public PlanView getPlan() {
        return plan;
    }

    public FollowedCase getFollowed() {
        return followed;
    }

    public String getLevelText() {
        return plan == null || plan.level() == null ? texts.get("measures.level.NONE")
                : texts.get("measures.level." + plan.level().name());
    }

    public Instant getReassessmentDue() {
        return plan == null ? null : plan.reassessmentDue();
    }

    public boolean isReassessmentOverdue() {
        return plan != null && plan.reassessmentOverdue();
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public LocalDateTime getExecutedAt() {
        return executedAt;
    }

    public void setExecutedAt(LocalDateTime executedAt) {
        this.executedAt = executedAt;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public JudicialOrderType getOrderType() {
        return orderType;
    }

    public void setOrderType(JudicialOrderType orderType) {
        this.orderType = orderType;
    }

    public String getCourt() {
        return court;
    }

    public void setCourt(String court) {
        this.court = court;
    }

    public String getProcedureNumber() {
        return procedureNumber;
    }

    public void setProcedureNumber(String procedureNumber) {
        this.procedureNumber = procedureNumber;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Integer getDistanceMetres() {
        return distanceMetres;
    }

    public void setDistanceMetres(Integer distanceMetres) {
        this.distanceMetres = distanceMetres;
    }

    public String getOrderNotes() {
        return orderNotes;
    }

    public void setOrderNotes(String orderNotes) {
        this.orderNotes = orderNotes;
    }
}
