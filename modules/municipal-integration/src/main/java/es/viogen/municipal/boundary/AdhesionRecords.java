package es.viogen.municipal.boundary;

import es.viogen.municipal.control.AdhesionWorkflow;
import es.viogen.municipal.control.AgreementTerms;
import es.viogen.municipal.entity.Adhesion;
import es.viogen.municipal.entity.AdhesionAgreement;
import es.viogen.municipal.entity.AdhesionStatus;
import es.viogen.municipal.entity.CommissionMember;
import es.viogen.municipal.entity.FundingGrant;
import es.viogen.municipal.entity.Municipality;
import es.viogen.municipal.entity.TrainingRecord;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an adhesion accumulates while it is prepared and in force: the agreement (term, highest level the local police
 * follows, the monitoring commission), the training of local police officers and the funds granted. Each operation
 * takes the actor it acts for; the same territory rule as {@link AdhesionDesk} applies.
 */
@ApplicationScoped
public class AdhesionRecords {

    @PersistenceContext(unitName = "municipal")
    EntityManager em;

    @Inject
    AdhesionDesk desk;

    @Inject
    AuditLog audit;

    @Inject
    Texts texts;

    @Transactional
    public AdhesionAgreement recordAgreement(Actor actor, String ineCode, LocalDate signedOn, Integer termYears,
                                             RiskLevel maxLevel, String reference, List<AdhesionDesk.MemberInput> members) {
        Municipality m = desk.municipality(ineCode);
        desk.requireWritable(actor, m);
        AgreementTerms.validate(signedOn, termYears, maxLevel, AdhesionDesk.today());
        List<FieldError> errors = new ArrayList<>();
        List<AdhesionDesk.MemberInput> given = members == null ? List.of() : members.stream()
                .filter(x -> x != null && x.name() != null && !x.name().isBlank()).toList();
        for (CommissionMember.Side side : CommissionMember.Side.values()) {
            long n = given.stream().filter(x -> x.side() == side).count();
            if (n > 2) {
                errors.add(new FieldError("commission", "municipal.agreement.commissionSize"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Adhesion a = desk.adhesion(ineCode).orElseThrow(() -> new RecordNotFound("Adhesion", ineCode));
        if (a.getStatus() == AdhesionStatus.NOT_STARTED || a.getStatus() == AdhesionStatus.REQUESTED
                || a.getStatus() == AdhesionStatus.REJECTED || a.getStatus() == AdhesionStatus.WITHDRAWN) {
            throw new es.viogen.platform.api.RuleViolation(AdhesionWorkflow.RULE, "municipal.agreement.notInPreparation",
                    texts.get("adhesionStatus." + a.getStatus().name()));
        }
        AdhesionAgreement ag = new AdhesionAgreement(a.getId(), signedOn, termYears,
                AgreementTerms.expiresOn(signedOn, termYears), AgreementTerms.renewalDue(signedOn, termYears), maxLevel,
                reference == null || reference.isBlank() ? null : reference.trim(), actor.username(), Instant.now());
        for (AdhesionDesk.MemberInput x : given) {
            ag.addMember(new CommissionMember(x.side(), x.name().trim(),
                    x.position() == null || x.position().isBlank() ? null : x.position().trim()));
        }
        em.persist(ag);
        if (a.getStatus() == AdhesionStatus.INTEGRATED) {
            // a renewal may change the mandate
            a.integrate(a.getLocalPoliceUnitId(), maxLevel, a.getIntegratedAt());
        }
        audit.record(actor, AuditAction.CREATE, "AdhesionAgreement", ineCode, "agreement recorded");
        return ag;
    }

    @Transactional
    public void recordTraining(Actor actor, String ineCode, String officer, Integer hours, LocalDate trainedOn,
                               String course) {
        Municipality m = desk.municipality(ineCode);
        desk.requireWritable(actor, m);
        List<FieldError> errors = new ArrayList<>();
        if (officer == null || officer.isBlank()) {
            errors.add(new FieldError("officer", "validation.required"));
        }
        if (hours == null || hours < 1 || hours > 500) {
            errors.add(new FieldError("hours", "municipal.training.badHours"));
        }
        if (trainedOn == null || trainedOn.isAfter(AdhesionDesk.today())) {
            errors.add(new FieldError("trainedOn", "municipal.training.badDate"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Adhesion a = desk.adhesion(ineCode).orElseThrow(() -> new RecordNotFound("Adhesion", ineCode));
        em.persist(new TrainingRecord(a.getId(), officer.trim(), hours, trainedOn,
                course == null || course.isBlank() ? null : course.trim(), actor.username(), Instant.now()));
        audit.record(actor, AuditAction.CREATE, "TrainingRecord", ineCode, "training recorded");
    }

    @Transactional
    public void recordGrant(Actor actor, String ineCode, Integer year, BigDecimal amount, LocalDate grantedOn,
                            String purpose) {
        Municipality m = desk.municipality(ineCode);
        desk.requireWritable(actor, m);
        List<FieldError> errors = new ArrayList<>();
        if (year == null || year < 2017 || year > AdhesionDesk.today().getYear() + 1) {
            errors.add(new FieldError("grantYear", "municipal.grant.badYear"));
        }
        if (amount == null || amount.signum() <= 0 || amount.compareTo(new BigDecimal("9999999999")) > 0) {
            errors.add(new FieldError("amount", "municipal.grant.badAmount"));
        }
        if (grantedOn == null || grantedOn.isAfter(AdhesionDesk.today())) {
            errors.add(new FieldError("grantedOn", "municipal.grant.badDate"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Adhesion a = desk.adhesion(ineCode).orElseThrow(() -> new RecordNotFound("Adhesion", ineCode));
        em.persist(new FundingGrant(a.getId(), year, amount, grantedOn,
                purpose == null || purpose.isBlank() ? null : purpose.trim(), actor.username(), Instant.now()));
        audit.record(actor, AuditAction.CREATE, "FundingGrant", ineCode, "funds recorded");
    }
}
