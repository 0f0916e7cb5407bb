package es.viogen.intake.boundary;

import es.viogen.intake.api.CaseInactivated;
import es.viogen.intake.control.CaseRepository;
import es.viogen.intake.control.InactivationRules;
import es.viogen.intake.entity.Case;
import es.viogen.intake.entity.Inactivation;
import es.viogen.intake.entity.InactivationKind;
import es.viogen.platform.api.DomainEvents;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.RuleViolation;
import es.viogen.platform.api.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Inactivation under Instruction 2/2024: refuses with a message naming every unmet condition, makes the inactivation
 * supervised when the instruction demands it (minimum 6 months, two 3-month extensions), records the decision and
 * its evidence, and publishes {@link CaseInactivated}.
 */
@ApplicationScoped
public class CaseInactivations {

    @Inject
    CaseRepository repository;

    @Inject
    CaseGatekeeper access;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    Texts texts;

    @Inject
    DomainEvents inactivated;

    /** What the rules say now, for the dialog (no change). */
    @Transactional
    public InactivationRules.Decision preview(long caseId, InactivationRules.Request request) {
        Case c = access.forChange(caseId, "inactivation preview");
        return InactivationRules.evaluate(facts(c), request, Instant.now());
    }

    @Transactional
    public void inactivate(long caseId, InactivationRules.Request request) {
        Case c = access.forChange(caseId, "inactivation");
        Instant now = Instant.now();
        InactivationRules.Decision d = InactivationRules.evaluate(facts(c), request, now);
        if (!d.allowed()) {
            refuse(d.unmet());
        }
        String reasons = d.supervisionReasons().stream().map(Enum::name).collect(Collectors.joining(","));
        Inactivation record = new Inactivation(caseId, request.supervised() ? InactivationKind.SUPERVISED
                : InactivationKind.INACTIVATION, d.ruleApplied(), c.getCurrentLevel(), request.inPersonContactOn(),
                request.victimUnlocatableSince(), request.judicialMeasureInForce() || facts(c).judicialOrdersInForce() > 0,
                request.vulnerabilityObserved(),
                d.supervisedUntil(), reasons.isEmpty() ? null : reasons, trim(request.note()), now,
                scope.actor().username());
        repository.em().persist(record);
        c.inactivate(request.supervised(), d.supervisedUntil(), d.ruleApplied(), now);
        audit.record(AuditAction.UPDATE, "Case", String.valueOf(caseId),
                request.supervised() ? "supervised inactivation" : "inactivation");
        inactivated.publish(new CaseInactivated(caseId, request.supervised(), now));
    }

    /** Extends a supervision by 3 months (at most twice). */
    @Transactional
    public LocalDate extendSupervision(long caseId, String note) {
        Case c = access.forChange(caseId, "supervision extension");
        List<InactivationRules.Unmet> unmet = InactivationRules.checkExtension(c.getStatus(), c.getSupervisionExtensions());
        if (!unmet.isEmpty()) {
            refuse(unmet);
        }
        LocalDate until = c.getSupervisedUntil().plusMonths(InactivationRules.EXTENSION_MONTHS);
        c.extendSupervision(until);
        repository.em().persist(new Inactivation(caseId, InactivationKind.EXTENSION, "INSTR_2_2024_SUPERVISION_EXTENSION",
                c.getCurrentLevel(), null, null, false, false, until, null, trim(note), Instant.now(),
                scope.actor().username()));
        audit.record(AuditAction.UPDATE, "Case", String.valueOf(caseId), "supervision extended");
        return until;
    }

    /** Ends a supervision whose period has run: the case becomes inactive. */
    @Transactional
    public void endSupervision(long caseId, String note) {
        Case c = access.forChange(caseId, "end of supervision");
        Instant now = Instant.now();
        List<InactivationRules.Unmet> unmet = InactivationRules.checkEndOfSupervision(c.getStatus(), c.getSupervisedUntil(), now);
        if (!unmet.isEmpty()) {
            refuse(unmet);
        }
        repository.em().persist(new Inactivation(caseId, InactivationKind.SUPERVISION_ENDED, "INSTR_2_2024_SUPERVISION_END",
                c.getCurrentLevel(), null, null, false, false, c.getSupervisedUntil(), null, trim(note), now,
                scope.actor().username()));
        c.endSupervision("supervision ended", now);
        audit.record(AuditAction.UPDATE, "Case", String.valueOf(caseId), "supervision ended");
        inactivated.publish(new CaseInactivated(caseId, false, now));
    }

    InactivationRules.Facts facts(Case c) {
        return new InactivationRules.Facts(c.getStatus(), c.getCurrentLevel(), c.getLevelAssessedAt(),
                c.isEverEspecialRelevancia(), c.isMinorsAtRisk(), c.getLastMediumOrAboveAt(), c.getOpenedAt(),
                repository.furtherComplaintsFirstSixMonths(c), repository.lastIncidentAt(c.getId()),
                repository.judicialOrdersInForce(c.getId(), java.time.LocalDate.now(java.time.ZoneId.of("Europe/Madrid"))));
    }

    /** Texts of the unmet conditions in the reader's language, joined. */
    public String describe(List<InactivationRules.Unmet> unmet) {
        return unmet.stream().map(u -> "SUPERVISION_REQUIRED".equals(u.code())
                        ? texts.get(u.messageKey(), java.util.Arrays.stream(String.valueOf(u.args().get(0)).split(",\\s*"))
                                .map(r -> texts.get("intake.supervisionReason." + r)).collect(Collectors.joining(", ")))
                        : texts.get(u.messageKey(), u.args().toArray()))
                .collect(Collectors.joining(" "));
    }

    private void refuse(List<InactivationRules.Unmet> unmet) {
        throw new RuleViolation(unmet.get(0).code(), "intake.inactivation.refused", describe(unmet));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
