package es.viogen.intake.boundary;

import es.viogen.intake.api.CaseOpened;
import es.viogen.intake.control.CaseRepository;
import es.viogen.intake.entity.Aggressor;
import es.viogen.intake.entity.Case;
import es.viogen.intake.entity.Victim;
import es.viogen.platform.api.AlertInbox;
import es.viogen.platform.api.AlertRequest;
import es.viogen.platform.api.AlertSeverity;
import es.viogen.platform.api.DurableListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Reference §1.8: a new complaint involving the same victim or aggressor anywhere tells the units owning the earlier
 * cases. A durable listener of intake's own CaseOpened (event publication registry): it runs after the intake commits,
 * in a transaction of its own, and again after a failure or a crash; the alert's dedup key makes it exactly once per
 * (earlier case, new case, role).
 */
@ApplicationScoped
public class KnownPersonAlerts {

    @Inject
    CaseRepository repository;

    @Inject
    AlertInbox alerts;

    @DurableListener("intake.known-person-alerts-on-case-opened")
    public void onCaseOpened(CaseOpened opened) {
        Victim v = repository.victimOf(opened.caseId()).orElse(null);
        Aggressor a = repository.aggressorOf(opened.caseId()).orElse(null);
        if (v != null) {
            notify(opened, repository.em().createQuery("SELECT x.caseId FROM Victim x WHERE x.personRef = :p "
                    + "AND x.caseId <> :c", Long.class).setParameter("p", v.getPersonRef())
                    .setParameter("c", opened.caseId()).getResultList(), "VICTIM");
        }
        if (a != null) {
            notify(opened, repository.em().createQuery("SELECT x.caseId FROM Aggressor x WHERE x.personRef = :p "
                    + "AND x.caseId <> :c", Long.class).setParameter("p", a.getPersonRef())
                    .setParameter("c", opened.caseId()).getResultList(), "AGGRESSOR");
        }
    }

    private void notify(CaseOpened opened, List<Long> earlierCases, String role) {
        for (Long earlierId : earlierCases) {
            Case earlier = repository.find(earlierId).orElse(null);
            if (earlier == null) {
                continue;
            }
            alerts.raise(new AlertRequest(earlier.getUnitId(), null, "KNOWN_PERSON_NEW_CASE", AlertSeverity.WARNING,
                    "Case", String.valueOf(earlierId), "/cases/case.xhtml?id=" + earlierId,
                    "intake.alert.knownPerson." + role, List.of(earlier.getCaseNumber(), opened.caseNumber()),
                    "KNOWN_PERSON_NEW_CASE:case:" + earlierId + ":" + opened.caseId() + ":" + role));
        }
    }
}
