package es.viogen.intake.boundary;

import es.viogen.intake.api.CaseTransferred;
import es.viogen.intake.control.CaseRepository;
import es.viogen.intake.control.IntakeValidation;
import es.viogen.intake.control.LocalPoliceSplit;
import es.viogen.intake.control.MunicipalityDirectory;
import es.viogen.intake.control.OwnershipRules;
import es.viogen.intake.entity.Case;
import es.viogen.intake.entity.Transfer;
import es.viogen.intake.entity.TransferStatus;
import es.viogen.platform.api.DomainEvents;
import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AlertInbox;
import es.viogen.platform.api.AlertRequest;
import es.viogen.platform.api.AlertSeverity;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.ConflictingChange;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.RuleViolation;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Moving a case to another unit (the victim moves): the owning side requests, the receiving unit accepts or rejects;
 * on acceptance the case belongs to the new unit (and the old one no longer sees it) and {@link CaseTransferred} is
 * published.
 */
@ApplicationScoped
public class CaseTransfers {

    @Inject
    CaseRepository repository;

    @Inject
    CaseGatekeeper access;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    Units units;

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    LocalPoliceSplit split;

    @Inject
    AlertInbox alerts;

    @Inject
    DomainEvents transferred;

    @Transactional
    public long request(long caseId, Long toUnitId, String newMunicipalityCode, String reason) {
        List<FieldError> errors = new ArrayList<>();
        UnitView target = null;
        if (toUnitId == null) {
            errors.add(new FieldError("toUnitId", "intake.validation.required"));
        } else {
            target = units.find(toUnitId).filter(OwnershipRules::canOwnCases).orElse(null);
            if (target == null) {
                errors.add(new FieldError("toUnitId", "intake.validation.unit.unknown", String.valueOf(toUnitId)));
            }
        }
        String ine = newMunicipalityCode == null || newMunicipalityCode.isBlank() ? null : newMunicipalityCode.trim();
        if (ine != null) {
            IntakeValidation.municipality("newMunicipalityCode", ine, municipalities::known, errors);
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "intake.validation.required"));
        } else if (reason.length() > 1000) {
            errors.add(new FieldError("reason", "intake.validation.length", 1000));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Case c = access.forChange(caseId, "transfer request");
        if (target.id() == c.getUnitId()) {
            throw new InvalidInput("toUnitId", "intake.transfer.sameUnit");
        }
        requireMayOwn(target, c);
        if (repository.pendingTransferOf(caseId).isPresent()) {
            throw new ConflictingChange("intake.transfer.pendingExists");
        }
        Transfer t = new Transfer(caseId, c.getUnitId(), target.id(), ine, reason.trim(), Instant.now(),
                scope.actor().username());
        repository.em().persist(t);
        repository.em().flush();
        audit.record(AuditAction.CREATE, "Transfer", String.valueOf(t.getId()), "transfer requested for case " + caseId);
        // the receiving unit must act: it hears of the request in the same transaction
        alerts.raise(new AlertRequest(target.id(), null, "TRANSFER_REQUESTED", AlertSeverity.WARNING, "Case",
                String.valueOf(caseId), "/cases/list.xhtml", "intake.alert.transferRequested",
                List.of(c.getCaseNumber(), units.find(c.getUnitId()).map(UnitView::name).orElse("")),
                "TRANSFER_REQUESTED:transfer:" + t.getId() + ":unit:" + target.id()));
        return t.getId();
    }

    @Transactional
    public void accept(long caseId, long transferId, String note) {
        Transfer t = pending(caseId, transferId);
        Case c = repository.findForUpdate(caseId).orElseThrow(() -> new RecordNotFound("Case", caseId));
        UnitView target = units.find(t.getToUnitId()).orElseThrow(() -> new RecordNotFound("Unit", t.getToUnitId()));
        requireReceiver(target, "transfer accept");
        requireMayOwn(target, c); // the mandate or the level may have changed since the request
        Instant now = Instant.now();
        long from = c.getUnitId();
        Territory newTerritory = null;
        if (t.getNewMunicipalityCode() != null) {
            newTerritory = municipalities.territory(t.getNewMunicipalityCode());
        }
        t.decide(TransferStatus.ACCEPTED, trim(note), now, scope.actor().username());
        c.transferTo(target.id(), newTerritory);
        audit.record(AuditAction.UPDATE, "Case", String.valueOf(caseId), "transfer " + transferId + " accepted");
        transferred.publish(new CaseTransferred(caseId, from, target.id(), now));
    }

    @Transactional
    public void reject(long caseId, long transferId, String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidInput("note", "intake.validation.required");
        }
        Transfer t = pending(caseId, transferId);
        UnitView target = units.find(t.getToUnitId()).orElseThrow(() -> new RecordNotFound("Unit", t.getToUnitId()));
        requireReceiver(target, "transfer reject");
        t.decide(TransferStatus.REJECTED, note.trim(), Instant.now(), scope.actor().username());
        audit.record(AuditAction.UPDATE, "Transfer", String.valueOf(transferId), "transfer rejected for case " + caseId);
    }

    /** The requesting side withdraws a pending request. */
    @Transactional
    public void cancel(long caseId, long transferId) {
        Transfer t = pending(caseId, transferId);
        access.forChange(caseId, "transfer cancel");
        t.decide(TransferStatus.CANCELLED, null, Instant.now(), scope.actor().username());
        audit.record(AuditAction.UPDATE, "Transfer", String.valueOf(transferId), "transfer cancelled for case " + caseId);
    }

    /** Requests waiting for the current officer's unit (no personal data: case number and origin only). */
    @Transactional
    public List<Transfer> incomingForMyUnit() {
        Long unit = scope.actor().unitId();
        return unit == null ? List.of() : repository.pendingTransfersTo(unit);
    }

    /** A local police unit receives a case only while integrated, and only up to its agreement's level. */
    private void requireMayOwn(UnitView target, Case c) {
        if (split.maxLevel(target).isEmpty()) {
            throw new InvalidInput("toUnitId", "intake.validation.unit.notIntegrated", target.name());
        }
        if (!split.mayOwn(target, c.getCurrentLevel())) {
            throw new InvalidInput("toUnitId", "intake.transfer.aboveMandate", target.name(),
                    split.maxLevel(target).map(Enum::name).orElse(""));
        }
    }

    private Transfer pending(long caseId, long transferId) {
        Transfer t = repository.em().find(Transfer.class, transferId);
        if (t == null || t.getCaseId() != caseId) {
            throw new RecordNotFound("Transfer", transferId);
        }
        if (t.getStatus() != TransferStatus.PENDING) {
            throw new RuleViolation("TRANSFER_DECIDED", "intake.transfer.alreadyDecided");
        }
        return t;
    }

    /**
     * Only the receiving police unit's officers accept or reject (a partner or the regional unit may request a
     * transfer, never decide one for the unit that will have to protect the victim).
     */
    private void requireReceiver(UnitView target, String what) {
        Actor a = scope.actor();
        boolean ok = a.isSystem()
                || a.role() != null && a.role().isOfficer() && a.unitId() != null && a.unitId() == target.id();
        if (!ok) {
            audit.record(AuditAction.ACCESS_DENIED, "Unit", String.valueOf(target.id()), what + ": not the receiving unit");
            throw new AccessDenied();
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
