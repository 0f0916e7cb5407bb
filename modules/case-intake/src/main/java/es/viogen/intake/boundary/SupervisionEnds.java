package es.viogen.intake.boundary;

import es.viogen.intake.api.CaseStatus;
import es.viogen.intake.control.CaseRepository;
import es.viogen.intake.entity.Case;
import es.viogen.platform.api.AlertInbox;
import es.viogen.platform.api.AlertRequest;
import es.viogen.platform.api.AlertSeverity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Reference §1.8: the end of a supervision period is an action for the unit (extend it or end it). Raises one alert
 * per case and end date to the owning unit; idempotent on the dedup key, so every instance may run it.
 */
@ApplicationScoped
public class SupervisionEnds {

    @Inject
    CaseRepository repository;

    @Inject
    AlertInbox alerts;

    /** @return alerts newly raised */
    @Transactional
    public int run(LocalDate today) {
        List<Case> due = repository.em().createQuery("SELECT c FROM IntakeCase c WHERE c.status = :s "
                        + "AND c.supervisedUntil <= :d ORDER BY c.supervisedUntil", Case.class)
                .setParameter("s", CaseStatus.SUPERVISED).setParameter("d", today).setMaxResults(1000).getResultList();
        int raised = 0;
        for (Case c : due) {
            if (alerts.raise(new AlertRequest(c.getUnitId(), null, "SUPERVISION_ENDED", AlertSeverity.WARNING, "Case",
                    String.valueOf(c.getId()), "/cases/case.xhtml?id=" + c.getId(), "intake.alert.supervisionEnded",
                    List.of(c.getCaseNumber(), c.getSupervisedUntil().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                    "SUPERVISION_ENDED:case:" + c.getId() + ":" + c.getSupervisedUntil()))) {
                raised++;
            }
        }
        return raised;
    }
}
