package es.viogen.partners.boundary;

import es.viogen.intake.api.CaseInactivated;
import es.viogen.intake.api.CaseQueries;
import es.viogen.intake.api.CaseSummary;
import es.viogen.intake.api.CaseTransferred;
import es.viogen.intake.api.IncidentReported;
import es.viogen.intake.api.IncidentType;
import es.viogen.measures.api.JudicialOrderExpiring;
import es.viogen.partners.control.OutboundPayloads;
import es.viogen.partners.entity.OutboundEventType;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import es.viogen.risk.api.CaseFlagRaised;
import es.viogen.risk.api.RiskAssessed;
import es.viogen.platform.api.DurableListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes outbound deliveries (the outbox) for every active subscription whose partner's territory contains the
 * case. Durable listeners of the platform's event publication registry: they run after the publisher's commit, in a
 * transaction of their own that also completes the publication (a fault here never rolls back the publisher's
 * change, e.g. a risk assessment; it leaves the publication incomplete and the registry's relay retries it). No
 * publisher commit, no publication, no delivery. One row per (subscription, event key): a repeated run never doubles
 * a delivery.
 */
@ApplicationScoped
public class OutboxWriter {

    private static final Logger LOG = Logger.getLogger(OutboxWriter.class.getName());

    @PersistenceContext(unitName = "partners")
    EntityManager em;

    @Inject
    CaseQueries cases;

    @Inject
    Units units;

    @DurableListener("partners.outbox-on-risk-assessed")
    public void levelChanged(RiskAssessed e) {
        if (e.previousLevel() == e.level()) {
            return;
        }
        Optional<CaseSummary> c = caseOf(e.caseId());
        if (c.isEmpty()) {
            return;
        }
        var data = Json.createObjectBuilder().add("assessmentId", e.assessmentId())
                .add("level", e.level().name()).add("especialRelevancia", e.especialRelevancia())
                .add("minorsAtRisk", e.minorsAtRisk());
        if (e.previousLevel() != null) {
            data.add("previousLevel", e.previousLevel().name());
        }
        String key = "LEVEL_CHANGED:assessment:" + e.assessmentId();
        write(OutboundEventType.LEVEL_CHANGED, key, OutboundPayloads.envelope(key, "LEVEL_CHANGED", e.assessedAt(),
                e.caseId(), c.get().caseNumber(), data.build()), Set.of(c.get().territory()));
    }

    /** Especial relevancia or minors at risk, first set: the court and the prosecutor are told by diligencia. */
    @DurableListener("partners.outbox-on-case-flag-raised")
    public void diligencia(CaseFlagRaised e) {
        Optional<CaseSummary> c = caseOf(e.caseId());
        if (c.isEmpty()) {
            return;
        }
        var data = Json.createObjectBuilder().add("flag", e.flag()).add("assessmentId", e.assessmentId())
                .add("level", c.get().currentLevel() == null ? "" : c.get().currentLevel().name());
        String key = "DILIGENCIA:" + e.flag() + ":case:" + e.caseId() + ":assessment:" + e.assessmentId();
        write(OutboundEventType.DILIGENCIA, key, OutboundPayloads.envelope(key, "DILIGENCIA", e.raisedAt(),
                e.caseId(), c.get().caseNumber(), data.build()), Set.of(c.get().territory()));
    }

    @DurableListener("partners.outbox-on-case-transferred")
    public void transferred(CaseTransferred e) {
        Optional<CaseSummary> c = caseOf(e.caseId());
        if (c.isEmpty()) {
            return;
        }
        Set<Territory> where = new LinkedHashSet<>();
        where.add(c.get().territory());
        units.find(e.toUnitId()).map(UnitView::territory).ifPresent(where::add);
        units.find(e.fromUnitId()).map(UnitView::territory).ifPresent(where::add);
        String key = "CASE_TRANSFERRED:case:" + e.caseId() + ":" + e.at().toEpochMilli();
        write(OutboundEventType.CASE_TRANSFERRED, key, OutboundPayloads.envelope(key, "CASE_TRANSFERRED", e.at(),
                e.caseId(), c.get().caseNumber(), Json.createObjectBuilder().add("fromUnitId", e.fromUnitId())
                        .add("toUnitId", e.toUnitId()).build()), where);
    }

    @DurableListener("partners.outbox-on-case-inactivated")
    public void inactivated(CaseInactivated e) {
        Optional<CaseSummary> c = caseOf(e.caseId());
        if (c.isEmpty()) {
            return;
        }
        String key = "CASE_INACTIVATED:case:" + e.caseId() + ":" + e.at().toEpochMilli();
        write(OutboundEventType.CASE_INACTIVATED, key, OutboundPayloads.envelope(key, "CASE_INACTIVATED", e.at(),
                e.caseId(), c.get().caseNumber(), Json.createObjectBuilder().add("supervised", e.supervised()).build()),
                Set.of(c.get().territory()));
    }

    @DurableListener("partners.outbox-on-order-expiring")
    public void orderExpiring(JudicialOrderExpiring e) {
        Optional<CaseSummary> c = caseOf(e.caseId());
        if (c.isEmpty()) {
            return;
        }
        String key = "ORDER_EXPIRING:order:" + e.orderId() + ":" + e.endsOn();
        write(OutboundEventType.ORDER_EXPIRING, key, OutboundPayloads.envelope(key, "ORDER_EXPIRING", null,
                e.caseId(), c.get().caseNumber(), Json.createObjectBuilder().add("orderId", e.orderId())
                        .add("endsOn", e.endsOn().toString()).build()), Set.of(c.get().territory()));
    }

    /** A breach of a measure goes to the courts and prosecutors that subscribed (they prosecute it). */
    @DurableListener("partners.outbox-on-breach-reported")
    public void breachReported(IncidentReported e) {
        if (e.type() != IncidentType.BREACH_OF_MEASURE) {
            return;
        }
        Optional<CaseSummary> c = caseOf(e.caseId());
        if (c.isEmpty()) {
            return;
        }
        String key = "BREACH_REPORTED:incident:" + e.incidentId();
        var data = Json.createObjectBuilder().add("incidentId", e.incidentId()).add("unitId", e.unitId());
        if (e.occurredAt() != null) {
            data.add("breachOccurredAt", e.occurredAt().toString());
        }
        write(OutboundEventType.BREACH_REPORTED, key, OutboundPayloads.envelope(key, "BREACH_REPORTED", e.occurredAt(),
                e.caseId(), c.get().caseNumber(), data.build()), Set.of(c.get().territory()));
    }

    private Optional<CaseSummary> caseOf(long caseId) {
        return cases.find(caseId);
    }

    /** One PENDING delivery per active subscription to {@code type} whose partner may see one of {@code where}. */
    public int write(OutboundEventType type, String eventKey, String payload, Set<Territory> where) {
        int written = 0;
        for (Territory t : where) {
            if (t == null) {
                continue;
            }
            written += em.createNativeQuery("INSERT INTO partners.delivery (subscription_id, partner_client, event_type, "
                            + "event_key, payload, status, next_attempt_at, created_at) "
                            + "SELECT s.id, s.partner_client, ?1, ?2, ?3, 'PENDING', now(), now() "
                            + "FROM partners.subscription s JOIN partners.partner p ON p.client_id = s.partner_client "
                            + "WHERE s.active AND p.active AND (' ' || s.event_types || ' ') LIKE ?4 "
                            + "AND (p.region_code IS NULL OR p.region_code = ?5) "
                            + "AND (p.province_code IS NULL OR p.province_code = ?6) "
                            + (type == OutboundEventType.DILIGENCIA || type == OutboundEventType.BREACH_REPORTED
                                    ? "AND p.kind IN ('COURT', 'PROSECUTOR') " : "")
                            + "ON CONFLICT (subscription_id, event_key) DO NOTHING")
                    .setParameter(1, type.name()).setParameter(2, eventKey).setParameter(3, payload)
                    .setParameter(4, "% " + type.name() + " %")
                    .setParameter(5, t.regionCode() == null ? "" : t.regionCode())
                    .setParameter(6, t.provinceCode() == null ? "" : t.provinceCode())
                    .executeUpdate();
        }
        return written;
    }
}
