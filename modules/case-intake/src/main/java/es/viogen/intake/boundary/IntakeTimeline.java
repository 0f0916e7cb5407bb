package es.viogen.intake.boundary;

import es.viogen.intake.control.CaseRepository;
import es.viogen.intake.entity.Case;
import es.viogen.intake.entity.Complaint;
import es.viogen.intake.entity.Inactivation;
import es.viogen.intake.entity.Incident;
import es.viogen.intake.entity.Transfer;
import es.viogen.intake.entity.TransferStatus;
import es.viogen.platform.api.TimelineContribution;
import es.viogen.platform.api.TimelineEntry;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/** Intake's facts on the case timeline: opening, complaints, incidents, transfers, inactivations and reactivations. */
@ApplicationScoped
public class IntakeTimeline implements TimelineContribution {

    @Inject
    CaseRepository repository;

    @Inject
    Units units;

    @Inject
    es.viogen.platform.api.Texts texts;

    @Override
    @Transactional
    public List<TimelineEntry> entriesForCase(long caseId) {
        List<TimelineEntry> out = new ArrayList<>();
        Case c = repository.find(caseId).orElse(null);
        if (c == null) {
            return out;
        }
        out.add(new TimelineEntry(c.getOpenedAt(), "CASE_OPENED", "intake.timeline.opened", List.of(c.getCaseNumber()), null));
        for (Complaint k : repository.complaintsOf(caseId)) {
            out.add(new TimelineEntry(k.getFiledAt(), "COMPLAINT", "intake.timeline.complaint",
                    List.of(k.getAtestadoNumber() == null ? "-" : k.getAtestadoNumber(), texts.get("intake.channel." + k.getChannel())), null));
        }
        for (Incident i : repository.incidentsOf(caseId)) {
            out.add(new TimelineEntry(i.getOccurredAt(), "INCIDENT",
                    i.isRequiresReassessment() ? "intake.timeline.incident.reassess" : "intake.timeline.incident",
                    List.of(texts.get("intake.incidentType." + i.getType())), null));
            if (i.isReactivatedCase()) {
                out.add(new TimelineEntry(i.getRecordedAt(), "CASE_REACTIVATED", "intake.timeline.reactivated", List.of(), null));
            }
        }
        for (Transfer t : repository.transfersOf(caseId)) {
            out.add(new TimelineEntry(t.getRequestedAt(), "TRANSFER_REQUESTED", "intake.timeline.transfer.requested",
                    List.of(unit(t.getToUnitId())), null));
            if (t.getStatus() != TransferStatus.PENDING && t.getDecidedAt() != null) {
                out.add(new TimelineEntry(t.getDecidedAt(), "TRANSFER_" + t.getStatus(),
                        "intake.timeline.transfer." + t.getStatus(), List.of(unit(t.getToUnitId())), null));
            }
        }
        for (Inactivation i : repository.inactivationsOf(caseId)) {
            out.add(new TimelineEntry(i.getDecidedAt(), "INACTIVATION_" + i.getKind(), "intake.timeline.inactivation." + i.getKind(),
                    List.of(i.getSupervisedUntil() == null ? "-" : i.getSupervisedUntil().format(
                            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))), null));
        }
        return out;
    }

    private String unit(long id) {
        return units.find(id).map(UnitView::name).orElse(String.valueOf(id));
    }
}
