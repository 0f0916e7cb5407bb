package es.viogen.partners.boundary;

import es.viogen.partners.entity.PrisonEvent;
import es.viogen.platform.api.TimelineContribution;
import es.viogen.platform.api.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** Prison events and the victim notices they produced, on the case page's timeline. */
@ApplicationScoped
public class PrisonEventTimeline implements TimelineContribution {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext(unitName = "partners")
    EntityManager em;

    @Override
    public List<TimelineEntry> entriesForCase(long caseId) {
        return em.createQuery("SELECT p FROM PrisonEvent p WHERE p.caseId = :c ORDER BY p.occurredAt", PrisonEvent.class)
                .setParameter("c", caseId).getResultList().stream()
                .map(p -> new TimelineEntry(p.getOccurredAt(), "PRISON_EVENT", "partners.timeline.prisonEvent",
                        List.of(p.getType().name(), p.getFacility(),
                                p.getStartsOn() == null ? "—" : DAY.format(p.getStartsOn()),
                                p.getEndsOn() == null ? "—" : DAY.format(p.getEndsOn())), null))
                .toList();
    }
}
