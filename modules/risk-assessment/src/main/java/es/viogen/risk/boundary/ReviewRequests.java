package es.viogen.risk.boundary;

import es.viogen.intake.api.CaseQueries;
import es.viogen.intake.api.CaseSummary;
import es.viogen.platform.api.DomainEvents;
import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RuleViolation;
import es.viogen.risk.api.AssessmentKind;
import es.viogen.risk.api.ReviewRequested;
import es.viogen.risk.control.AssessmentRepository;
import es.viogen.risk.control.CaseRiskStore;
import es.viogen.risk.entity.AssessmentTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The victim's own requests for a review of her risk (when, how, what changed in her view): recorded by an officer or
 * a partner with {@code cases:write}; a VPER is owed at once, and measures makes the plan's re-assessment due now.
 */
@ApplicationScoped
public class ReviewRequests {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final Set<String> CHANNELS = Set.of("IN_PERSON", "PHONE", "WRITTEN", "THROUGH_SERVICES", "OTHER");

    @Inject
    CaseRiskStore store;

    @Inject
    AssessmentRepository repository;

    @Inject
    CaseQueries cases;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    DomainEvents events;

    /**
     * Records the victim's request for a review (when, how, what changed in her view): a VPER is due now, and the
     * request shows on the case's timeline.
     *
     * @return the request's id
     */
    @Transactional
    public long recordReviewRequest(long caseId, LocalDate requestedOn, String channel, String whatChanged) {
        CaseSummary c = cases.requireReadable(caseId, "risk: victim asks for a review");
        Actor actor = scope.actor();
        boolean officer = actor.role() != null && actor.role().isOfficer();
        if (!(officer || actor.isPartner() && actor.hasScope("cases:write"))) {
            audit.record(AuditAction.ACCESS_DENIED, "ReviewRequest", null, "not an officer or a partner with cases:write");
            throw new AccessDenied();
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(MADRID);
        if (requestedOn == null) {
            errors.add(new FieldError("requestedOn", "validation.required"));
        } else if (requestedOn.isAfter(today)
                || c.openedAt() != null && requestedOn.isBefore(LocalDate.ofInstant(c.openedAt(), MADRID))) {
            errors.add(new FieldError("requestedOn", "risk.review.dateRange"));
        }
        if (channel == null || !CHANNELS.contains(channel)) {
            errors.add(new FieldError("channel", "risk.review.channel.invalid"));
        }
        String what = whatChanged == null ? null : whatChanged.trim();
        if (what == null || what.isEmpty() || what.length() > 2000) {
            errors.add(new FieldError("whatChanged", "risk.review.whatChanged.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (!repository.hasSubmitted(caseId)) {
            throw new RuleViolation("RISK_REVIEW_BEFORE_VPR", "risk.review.beforeVpr");
        }
        Instant now = Instant.now();
        long id = store.recordReviewRequest(caseId, requestedOn, channel, what, actor.username(), now);
        repository.owe(caseId, c.caseNumber(), c.unitId(), AssessmentKind.VPER_PERIODIC,
                AssessmentTrigger.VICTIM_REQUEST.name(), id, now, now);
        audit.record(AuditAction.CREATE, "ReviewRequest", String.valueOf(id), "victim asks for a review");
        // measures makes the plan's re-assessment due now and raises the one alert of it (escalated if not done)
        events.publish(new ReviewRequested(caseId, id, now));
        return id;
    }

    @Transactional
    public List<CaseRiskStore.ReviewRequest> reviewRequests(long caseId) {
        cases.requireReadable(caseId, "risk: review requests");
        return store.reviewRequests(caseId);
    }
}
