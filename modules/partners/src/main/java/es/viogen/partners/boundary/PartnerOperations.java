package es.viogen.partners.boundary;

import es.viogen.intake.api.CaseQueries;
import es.viogen.intake.api.CaseRef;
import es.viogen.intake.api.CaseRegistration;
import es.viogen.intake.api.CaseSummary;
import es.viogen.intake.api.IncidentReporting;
import es.viogen.intake.api.IncidentType;
import es.viogen.intake.api.NewCase;
import es.viogen.intake.api.NewIncident;
import es.viogen.measures.api.JudicialOrders;
import es.viogen.measures.api.NewJudicialOrder;
import es.viogen.municipal.api.CoverageQueries;
import es.viogen.municipal.api.CoverageView;
import es.viogen.partners.control.CaseStatusView;
import es.viogen.partners.control.NewPrisonEvent;
import es.viogen.partners.control.NotAuthenticated;
import es.viogen.partners.control.PrisonEventReceipt;
import es.viogen.partners.control.PrisonEventRules;
import es.viogen.partners.control.Scopes;
import es.viogen.partners.entity.PrisonEvent;
import es.viogen.partners.entity.VictimNotification;
import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AlertInbox;
import es.viogen.platform.api.AlertRequest;
import es.viogen.platform.api.AlertSeverity;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.CurrentActor;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.Texts;
import es.viogen.platform.api.UnitKind;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import es.viogen.risk.api.RiskQueries;
import es.viogen.risk.api.RiskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every operation a partner system performs, shared by the REST resources and the SOAP endpoint. Each call checks
 * that the caller is an authenticated partner holding the operation's scope; territory checks and read audits are
 * done by the owning module's API ({@code CaseQueries.requireReadable}, registration, reporting) or here. Operations
 * whose module is not deployed answer {@code SERVICE_UNAVAILABLE}.
 */
@ApplicationScoped
public class PartnerOperations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditLog audit;

    @Inject
    AlertInbox alerts;

    @Inject
    Texts texts;

    @Inject
    Units units;

    @Inject
    CaseRegistration registration;

    @Inject
    CaseQueries cases;

    @Inject
    IncidentReporting incidents;

    @Inject
    JudicialOrders judicialOrders;

    @Inject
    RiskQueries risk;

    @Inject
    CoverageQueries coverage;

    @PersistenceContext(unitName = "partners")
    EntityManager em;

    /** The calling partner, who must hold {@code scope}: 401 when nobody is authenticated, 403 (audited) otherwise. */
    public Actor requirePartner(String scope) {
        Actor actor = currentActor.get();
        if (actor == null || actor.isAnonymous()) {
            throw new NotAuthenticated();
        }
        if (!actor.isPartner() || !actor.hasScope(scope)) {
            audit.record(actor, AuditAction.ACCESS_DENIED, "PartnerOperation", scope, "missing scope");
            throw new AccessDenied();
        }
        return actor;
    }

    @Transactional
    public CaseRef registerCase(NewCase newCase) {
        requirePartner(Scopes.CASES_WRITE);
        if (newCase == null) {
            throw new InvalidInput("complaint", "validation.required");
        }
        return registration.register(newCase);
    }

    @Transactional
    public CaseStatusView caseStatus(long caseId) {
        requirePartner(Scopes.CASES_READ);
        CaseSummary c = cases.requireReadable(caseId, "partner: case status");
        Optional<RiskStatus> r = risk.current(caseId);
        return new CaseStatusView(c.caseId(), c.caseNumber(), c.status().name(),
                r.map(RiskStatus::level).orElse(c.currentLevel()),
                r.map(RiskStatus::especialRelevancia).orElse(c.especialRelevancia()),
                r.map(RiskStatus::minorsAtRisk).orElse(c.minorsAtRisk()),
                r.map(RiskStatus::assessedAt).orElse(null), r.map(RiskStatus::instrument).orElse(null),
                r.map(RiskStatus::explanation).orElse(List.of()));
    }

    @Transactional
    public long reportIncident(long caseId, NewIncident incident) {
        Actor partner = requirePartner(Scopes.INCIDENTS_WRITE);
        if (incident == null || incident.type() == null) {
            throw new InvalidInput("type", "validation.required");
        }
        if (incident.type().isPrisonEvent() && !partner.hasScope(Scopes.PRISON_EVENTS_WRITE)) {
            audit.record(partner, AuditAction.ACCESS_DENIED, "PartnerOperation", Scopes.PRISON_EVENTS_WRITE,
                    "prison event type reported as an incident without the scope");
            throw new AccessDenied();
        }
        if (incident.type().isPrisonEvent()) {
            throw new InvalidInput("type", "partners.validation.usePrisonEvents");
        }
        return incidents.report(caseId, incident);
    }

    @Transactional
    public long registerJudicialOrder(long caseId, NewJudicialOrder order) {
        requirePartner(Scopes.JUDICIAL_ORDERS_WRITE);
        if (order == null || order.type() == null) {
            throw new InvalidInput("type", "validation.required");
        }
        return judicialOrders.register(caseId, order);
    }

    /**
     * A prison event as received, for the partners that may read its case (prison administration with
     * {@code prison-events:write}, or any partner with {@code cases:read} in the case's territory); the read is audited.
     */
    @Transactional
    public PrisonEvent prisonEvent(long id) {
        Actor current = currentActor.get();
        Actor partner = current != null && current.isPartner() && current.hasScope(Scopes.CASES_READ)
                ? current : requirePartner(Scopes.PRISON_EVENTS_WRITE);
        PrisonEvent e = em.find(PrisonEvent.class, id);
        if (e == null) {
            throw new RecordNotFound("PrisonEvent", id);
        }
        cases.requireReadable(e.getCaseId(), "partner: read prison event " + id);
        audit.record(partner, AuditAction.READ, "PrisonEvent", String.valueOf(id), "prison event of case " + e.getCaseId());
        return e;
    }

    /**
     * A prison event (permit, release, admission): an incident on the case (which makes a re-assessment due), a
     * critical alert to the responsible unit and an SMS notice to the victim recorded for the gateway; all in one
     * transaction, so a failure leaves nothing behind.
     */
    @Transactional
    public PrisonEventReceipt reportPrisonEvent(NewPrisonEvent event) {
        Actor partner = requirePartner(Scopes.PRISON_EVENTS_WRITE);
        Instant now = Instant.now();
        PrisonEventRules.validate(event, now);
        CaseQueries caseQueries = cases;
        IncidentReporting reporting = incidents;
        CaseSummary c = caseQueries.requireReadable(event.caseId(), "partner: prison event");
        String typeText = texts.get("partners.prisonEvent." + event.type().name());
        String description = typeText + " — " + event.facility()
                + (event.startsOn() != null ? " (" + period(event) + ")" : "")
                + (event.reason() != null && !event.reason().isBlank() ? ". " + event.reason() : "");
        long incidentId = reporting.report(c.caseId(), new NewIncident(event.type(), event.occurredAt(),
                event.facility(), description, "PRISON_ADMINISTRATION:" + partner.username()));
        PrisonEvent stored = new PrisonEvent(c.caseId(), incidentId, partner.username(), event.type(),
                event.occurredAt(), event.startsOn(), event.endsOn(), event.facility().trim(), blankToNull(event.reason()), now);
        em.persist(stored);
        em.flush();
        boolean alerted = alerts.raise(new AlertRequest(c.unitId(), null, "PRISON_EVENT",
                event.type() == IncidentType.PRISON_ADMISSION ? AlertSeverity.WARNING : AlertSeverity.CRITICAL,
                "Case", String.valueOf(c.caseId()), "/cases/case.xhtml?id=" + c.caseId(),
                "partners.alert.prisonEvent", List.of(typeText, c.caseNumber(), period(event)),
                "PRISON_EVENT:" + stored.getId()));
        // the coordination unit(s) of the case's territory follow prison events too (reference §1.8)
        for (UnitView coordination : units.all()) {
            if (coordination.active() && coordination.kind() == UnitKind.REGIONAL_COORDINATION
                    && coordination.id() != c.unitId() && coordination.territory().contains(c.territory())) {
                alerts.raise(new AlertRequest(coordination.id(), null, "PRISON_EVENT", AlertSeverity.WARNING, "Case",
                        String.valueOf(c.caseId()), "/cases/case.xhtml?id=" + c.caseId(), "partners.alert.prisonEvent",
                        List.of(typeText, c.caseNumber(), period(event)),
                        "PRISON_EVENT:" + stored.getId() + ":unit:" + coordination.id()));
            }
        }
        String smsKey = "partners.sms.prisonEvent." + event.type().name();
        String sms = texts.get(smsKey, period(event), Objects.toString(blankToNull(event.reason()), "—"));
        VictimNotification notice = new VictimNotification(c.caseId(), stored.getId(), "SMS", smsKey, sms, now);
        em.persist(notice);
        em.flush();
        audit.record(partner, AuditAction.CREATE, "PrisonEvent", String.valueOf(stored.getId()),
                "prison event on case " + c.caseId());
        return new PrisonEventReceipt(stored.getId(), c.caseId(), incidentId, alerted, notice.getId());
    }

    @Transactional
    public RiskStatus riskStatus(long caseId) {
        requirePartner(Scopes.ASSESSMENTS_READ);
        cases.requireReadable(caseId, "partner: risk status");
        return risk.current(caseId).orElseThrow(() -> new RecordNotFound("Assessment", caseId));
    }

    /**
     * Coverage of the partner's region (or of {@code regionCode} for a national partner), with the provinces the
     * partner may see. Audited as a read by the partner.
     */
    @Transactional
    public List<CoverageView> coverage(String regionCode) {
        Actor partner = requirePartner(Scopes.COVERAGE_READ);
        String own = partner.territory() == null ? null : partner.territory().regionCode();
        String region = own != null ? own : blankToNull(regionCode);
        if (region == null) {
            throw new InvalidInput("region", "validation.required");
        }
        if (own != null && regionCode != null && !regionCode.isBlank() && !own.equals(regionCode)) {
            audit.record(partner, AuditAction.ACCESS_DENIED, "Coverage", regionCode, "outside partner territory");
            throw new AccessDenied();
        }
        CoverageQueries q = coverage;
        String province = partner.territory() == null ? null : partner.territory().provinceCode();
        List<CoverageView> result = new ArrayList<>();
        if (province == null) {
            result.add(q.region(region));
        }
        for (CoverageView p : q.provinces(region)) {
            if (province == null || province.equals(p.provinceCode())) {
                result.add(p);
            }
        }
        audit.record(partner, AuditAction.READ, "Coverage", region, "partner: municipal coverage");
        return result;
    }

    /** Prison events a case has received (for the case timeline and the admin screens). */
    public List<PrisonEvent> prisonEvents(long caseId) {
        return em.createQuery("SELECT p FROM PrisonEvent p WHERE p.caseId = :c ORDER BY p.occurredAt DESC", PrisonEvent.class)
                .setParameter("c", caseId).getResultList();
    }

    private static String period(NewPrisonEvent e) {
        if (e.startsOn() == null) {
            return DAY.format(e.occurredAt().atZone(java.time.ZoneId.of("Europe/Madrid")));
        }
        return DAY.format(e.startsOn()) + (e.endsOn() != null ? " – " + DAY.format(e.endsOn()) : "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
