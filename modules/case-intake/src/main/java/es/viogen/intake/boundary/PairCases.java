package es.viogen.intake.boundary;

import es.viogen.intake.api.CaseReactivated;
import es.viogen.intake.api.ComplaintAttached;
import es.viogen.intake.api.CaseRef;
import es.viogen.intake.api.NewCase;
import es.viogen.intake.control.CaseRepository;
import es.viogen.intake.control.DuplicateMatch;
import es.viogen.intake.control.DuplicateSearch;
import es.viogen.intake.entity.Case;
import es.viogen.intake.entity.Complaint;
import es.viogen.platform.api.DomainEvents;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AlertInbox;
import es.viogen.platform.api.AlertRequest;
import es.viogen.platform.api.AlertSeverity;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One case per victim and aggressor: finds the pair's existing case (for the wizard to show, and for the intake to
 * join), and attaches a new complaint to it, reactivating it when it was no longer active.
 */
@ApplicationScoped
public class PairCases {

    @Inject
    CaseRepository repository;

    @Inject
    DuplicateSearch duplicates;

    @Inject
    AuditLog audit;

    @Inject
    DomainEvents events;

    @Inject
    AlertInbox alerts;

    /** The existing case of this victim and aggressor (the same persons), the most recent if several. */
    public Optional<Case> caseOfPair(long victimRef, long aggressorRef) {
        return repository.em().createQuery("SELECT c FROM IntakeCase c, Victim v, Aggressor a WHERE v.caseId = c.id "
                        + "AND a.caseId = c.id AND v.personRef = :v AND a.personRef = :a ORDER BY c.openedAt DESC", Case.class)
                .setParameter("v", victimRef).setParameter("a", aggressorRef).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The existing case of the pair for the wizard to show (case number and unit only), given the officer's link
     * choices; empty when the pair has none.
     */
    @Transactional
    public Optional<Case> existingCaseOfPair(NewCase c, CaseIntake.Links links) {
        try {
            Long v = links.victimPersonRef() != null ? links.victimPersonRef() : documentRef(duplicates.victims(c.victim().identity()));
            Long a = links.aggressorPersonRef() != null ? links.aggressorPersonRef()
                    : documentRef(duplicates.aggressors(c.aggressor().identity()));
            return v == null || a == null ? Optional.empty() : caseOfPair(v, a);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Long documentRef(List<DuplicateMatch> matches) {
        return matches.stream().filter(m -> m.getKind() == DuplicateMatch.Kind.DOCUMENT).map(DuplicateMatch::getPersonRef)
                .findFirst().orElse(null);
    }

    /**
     * One case per victim and aggressor: the complaint joins the pair's case (which stays with its unit), an inactive
     * or supervised case becomes active again and owes a new VPR, and its unit is told if someone else registered it.
     */
    CaseRef attach(Actor actor, Case existing, NewCase c, Instant now) {
        Case kase = repository.findForUpdate(existing.getId()).orElseThrow();
        var k = c.complaint();
        Complaint complaint = new Complaint(kase.getId(), CaseIntake.trim(k.atestadoNumber()), k.filedAt(), CaseIntake.trim(k.place()),
                k.municipalityCode().trim(), k.channel(), CaseIntake.trim(k.summary()), now, actor.username());
        repository.em().persist(complaint);
        boolean reactivates = kase.getStatus() != es.viogen.intake.api.CaseStatus.ACTIVE;
        if (reactivates) {
            kase.reactivate("new complaint " + (complaint.getAtestadoNumber() == null ? "" : complaint.getAtestadoNumber()), now);
        }
        repository.em().flush();
        audit.record(actor, AuditAction.UPDATE, "Case", String.valueOf(kase.getId()),
                "intake of a complaint attached to the existing case of the same victim and aggressor"
                        + (reactivates ? " (case reactivated)" : ""));
        if (actor.unitId() == null || actor.unitId() != kase.getUnitId()) {
            alerts.raise(new AlertRequest(kase.getUnitId(), null, "COMPLAINT_ATTACHED",
                    reactivates ? AlertSeverity.CRITICAL : AlertSeverity.WARNING, "Case", String.valueOf(kase.getId()),
                    "/cases/case.xhtml?id=" + kase.getId(), "intake.alert.complaintAttached",
                    List.of(kase.getCaseNumber()), "COMPLAINT_ATTACHED:complaint:" + complaint.getId()));
        }
        if (reactivates) {
            events.publish(new CaseReactivated(kase.getId(), now));
        }
        events.publish(new ComplaintAttached(kase.getId(), kase.getCaseNumber(), complaint.getId(), kase.getUnitId(),
                reactivates, now));
        return new CaseRef(kase.getId(), kase.getCaseNumber(), true);
    }
}
