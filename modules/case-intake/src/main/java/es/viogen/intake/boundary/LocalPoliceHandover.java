package es.viogen.intake.boundary;

import es.viogen.intake.api.CaseStatus;
import es.viogen.intake.api.CaseTransferred;
import es.viogen.intake.control.CaseRepository;
import es.viogen.intake.control.LocalPoliceSplit;
import es.viogen.intake.control.OwnershipRules;
import es.viogen.intake.entity.Case;
import es.viogen.intake.entity.Transfer;
import es.viogen.intake.entity.TransferStatus;
import es.viogen.municipal.api.LocalPoliceMandateEnded;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AlertInbox;
import es.viogen.platform.api.AlertRequest;
import es.viogen.platform.api.AlertSeverity;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.DomainEvents;
import es.viogen.platform.api.DurableListener;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.UnitKind;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Enforces the local police split: a case whose level rises above what its local police unit may own, or whose
 * local police unit loses its mandate (adhesion withdrawn, agreement expired), is handed over to the state police
 * unit responsible for its territory — in the transaction that records the level; after a mandate's end, in the
 * registry's listener — recorded as an accepted automatic transfer, audited
 * as done by the system, announced with {@link CaseTransferred}, and alerted to both units and the regional unit.
 */
@ApplicationScoped
public class LocalPoliceHandover {

    private static final Logger LOG = Logger.getLogger(LocalPoliceHandover.class.getName());

    @Inject
    CaseRepository repository;

    @Inject
    LocalPoliceSplit split;

    @Inject
    Units units;

    @Inject
    AlertInbox alerts;

    @Inject
    AuditLog audit;

    @Inject
    DomainEvents transferred;

    /** After a level is recorded on a (locked) case: hands it over if its local police may not own that level. */
    @Transactional
    public void levelRecorded(Case c) {
        RiskLevel level = c.getCurrentLevel();
        Optional<UnitView> owner = units.find(c.getUnitId());
        if (level == null || owner.isEmpty() || owner.get().kind() != UnitKind.LOCAL_POLICE
                || split.mayOwn(owner.get(), level)) {
            return;
        }
        handOver(c, owner.get(), "LEVEL_ABOVE_MANDATE",
                "nivel " + level.name() + " por encima del convenio de " + owner.get().name());
    }

    /**
     * The municipality's local police lost its mandate (its accounts were deactivated in that transaction): every case
     * it owns goes to the state police. Durable (retried until done) and idempotent: a case already handed over is no
     * longer the unit's.
     */
    @DurableListener("intake.handover-on-mandate-ended")
    public void mandateEnded(LocalPoliceMandateEnded e) {
        Optional<UnitView> unit = units.find(e.localPoliceUnitId());
        if (unit.isEmpty()) {
            return;
        }
        List<Long> owned = repository.em().createQuery("SELECT c.id FROM IntakeCase c WHERE c.unitId = :u", Long.class)
                .setParameter("u", e.localPoliceUnitId()).getResultList();
        for (Long id : owned) {
            repository.findForUpdate(id).ifPresent(c -> handOver(c, unit.get(), "MANDATE_" + e.reason(),
                    "fin del mandato de " + unit.get().name() + " (" + e.reason() + ")"));
        }
        LOG.info(() -> "Local police unit " + e.localPoliceUnitId() + " lost its mandate (" + e.reason() + "): "
                + owned.size() + " cases handed over");
    }

    private void handOver(Case c, UnitView from, String why, String reason) {
        List<UnitView> all = units.all();
        Optional<UnitView> to = OwnershipRules.stateUnitFor(c.territory(), all);
        if (to.isEmpty()) {
            // nobody to hand over to: keep the case where it is, but make the regional unit act now
            for (Long unit : recipients(c, from.id(), null, all)) {
                alerts.raise(new AlertRequest(unit, null, "CASE_HANDOVER_FAILED", AlertSeverity.CRITICAL, "Case",
                        String.valueOf(c.getId()), "/cases/case.xhtml?id=" + c.getId(), "intake.alert.handoverFailed",
                        List.of(c.getCaseNumber(), from.name()), "CASE_HANDOVER_FAILED:case:" + c.getId() + ":" + why
                        + ":unit:" + unit));
            }
            LOG.warning(() -> "No state police unit for the territory of case " + c.getId() + "; not handed over");
            return;
        }
        Instant now = Instant.now();
        repository.pendingTransferOf(c.getId()).ifPresent(p -> p.decide(TransferStatus.CANCELLED,
                "automatic hand-over to the state police", now, Actor.SYSTEM.username()));
        Transfer t = new Transfer(c.getId(), from.id(), to.get().id(), null, "Traspaso automático: " + reason, now,
                Actor.SYSTEM.username());
        t.decide(TransferStatus.ACCEPTED, why, now, Actor.SYSTEM.username());
        repository.em().persist(t);
        c.transferTo(to.get().id(), null);
        repository.em().flush();
        audit.record(Actor.SYSTEM, AuditAction.UPDATE, "Case", String.valueOf(c.getId()),
                "automatic hand-over to the state police (" + why + "), transfer " + t.getId());
        for (Long unit : recipients(c, from.id(), to.get().id(), all)) {
            alerts.raise(new AlertRequest(unit, null, "CASE_HANDED_OVER",
                    c.getStatus() == CaseStatus.ACTIVE ? AlertSeverity.CRITICAL : AlertSeverity.WARNING, "Case",
                    String.valueOf(c.getId()), "/cases/case.xhtml?id=" + c.getId(), "intake.alert.handedOver." + why,
                    List.of(c.getCaseNumber(), from.name(), to.get().name(),
                            c.getCurrentLevel() == null ? "" : c.getCurrentLevel().name()),
                    "CASE_HANDED_OVER:transfer:" + t.getId() + ":unit:" + unit));
        }
        transferred.publish(new CaseTransferred(c.getId(), from.id(), to.get().id(), now));
    }

    /** The old unit, the new one and the regional coordination unit(s) whose territory holds the case. */
    private static Set<Long> recipients(Case c, long from, Long to, List<UnitView> all) {
        Set<Long> r = new LinkedHashSet<>();
        r.add(from);
        if (to != null) {
            r.add(to);
        }
        all.stream().filter(u -> u.active() && u.kind() == UnitKind.REGIONAL_COORDINATION && u.territory() != null
                && u.territory().contains(c.territory())).forEach(u -> r.add(u.id()));
        return r;
    }
}
