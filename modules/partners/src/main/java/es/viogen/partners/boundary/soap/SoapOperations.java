package es.viogen.partners.boundary.soap;

import es.viogen.intake.api.CaseRef;
import es.viogen.intake.api.IncidentType;
import es.viogen.intake.api.NewIncident;
import es.viogen.measures.api.JudicialOrderType;
import es.viogen.measures.api.NewJudicialOrder;
import es.viogen.municipal.api.CoverageView;
import es.viogen.partners.boundary.PartnerOperations;
import es.viogen.partners.control.CaseStatusView;
import es.viogen.partners.control.NewPrisonEvent;
import es.viogen.partners.control.PrisonEventReceipt;
import es.viogen.partners.control.Scopes;
import es.viogen.partners.control.Signatures;
import es.viogen.partners.control.SoapFaultCodes;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.DomainException;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.IdempotencyKeys;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.Texts;
import es.viogen.risk.api.RiskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;

import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the SOAP endpoint delegates to: maps the XML types to the modules' API records and back, applies the
 * MessageId idempotency to submissions, and turns every refusal into a {@link PartnerFault} with a stable code and a
 * Spanish message (unexpected failures: code INTERNAL and an incident reference; details only in the server log).
 */
@ApplicationScoped
public class SoapOperations {

    private static final Logger LOG = Logger.getLogger(SoapOperations.class.getName());

    @Inject
    PartnerOperations operations;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Texts texts;

    public RegisterCaseResponse registerCase(RegisterCaseRequest r, String messageId) throws PartnerFault {
        return guarded(() -> submission(Scopes.CASES_WRITE, "RegisterCase", r, RegisterCaseRequest.class, messageId,
                RegisterCaseResponse.class, () -> {
                    CaseRef ref = operations.registerCase(SoapMapping.toNewCase(r));
                    RegisterCaseResponse out = new RegisterCaseResponse();
                    out.caseId = ref.caseId();
                    out.caseNumber = ref.caseNumber();
                    return out;
                }));
    }

    public CaseStatus caseStatus(CaseRequest r) throws PartnerFault {
        return guarded(() -> {
            CaseStatusView v = operations.caseStatus(SoapMapping.required(r == null ? null : r.caseId, "caseId"));
            CaseStatus out = new CaseStatus();
            out.caseId = v.caseId();
            out.caseNumber = v.caseNumber();
            out.status = v.status();
            out.riskLevel = v.riskLevel() == null ? null : v.riskLevel().name();
            out.especialRelevancia = v.especialRelevancia();
            out.minorsAtRisk = v.minorsAtRisk();
            out.assessedAt = SoapMapping.xml(v.assessedAt());
            out.instrument = v.instrument();
            out.explanation.addAll(v.explanation());
            return out;
        });
    }

    public ReportIncidentResponse reportIncident(ReportIncidentRequest r, String messageId) throws PartnerFault {
        return guarded(() -> submission(Scopes.INCIDENTS_WRITE, "ReportIncident", r, ReportIncidentRequest.class,
                messageId, ReportIncidentResponse.class, () -> {
                    long caseId = SoapMapping.required(r.caseId, "caseId");
                    long id = operations.reportIncident(caseId, new NewIncident(SoapMapping.parse(IncidentType.class, r.type, "type"),
                            SoapMapping.instant(r.occurredAt, "occurredAt"), r.place, r.description, "PARTNER"));
                    ReportIncidentResponse out = new ReportIncidentResponse();
                    out.incidentId = id;
                    return out;
                }));
    }

    public NotifyJudicialOrderResponse notifyJudicialOrder(NotifyJudicialOrderRequest r, String messageId) throws PartnerFault {
        return guarded(() -> submission(Scopes.JUDICIAL_ORDERS_WRITE, "NotifyJudicialOrder", r,
                NotifyJudicialOrderRequest.class, messageId, NotifyJudicialOrderResponse.class, () -> {
                    long caseId = SoapMapping.required(r.caseId, "caseId");
                    long id = operations.registerJudicialOrder(caseId, new NewJudicialOrder(
                            SoapMapping.parse(JudicialOrderType.class, r.type, "type"), r.court, r.procedureNumber,
                            SoapMapping.date(r.startsOn, "startsOn"), SoapMapping.date(r.endsOn, "endsOn"), r.distanceMetres, r.notes));
                    NotifyJudicialOrderResponse out = new NotifyJudicialOrderResponse();
                    out.orderId = id;
                    return out;
                }));
    }

    public ReportPrisonEventResponse reportPrisonEvent(ReportPrisonEventRequest r, String messageId) throws PartnerFault {
        return guarded(() -> submission(Scopes.PRISON_EVENTS_WRITE, "ReportPrisonEvent", r,
                ReportPrisonEventRequest.class, messageId, ReportPrisonEventResponse.class, () -> {
                    IncidentType type = SoapMapping.parse(IncidentType.class, r.type, "type");
                    if (!type.isPrisonEvent()) {
                        throw new InvalidInput("type", "partners.validation.prisonEventType");
                    }
                    PrisonEventReceipt receipt = operations.reportPrisonEvent(new NewPrisonEvent(r.caseId, type,
                            SoapMapping.instantOrNull(r.occurredAt, "occurredAt"),
                            SoapMapping.date(r.startsOn, "startsOn"), SoapMapping.date(r.endsOn, "endsOn"), r.facility, r.reason));
                    ReportPrisonEventResponse out = new ReportPrisonEventResponse();
                    out.prisonEventId = receipt.prisonEventId();
                    out.caseId = receipt.caseId();
                    out.incidentId = receipt.incidentId();
                    out.unitAlerted = receipt.unitAlerted();
                    out.victimNotificationId = receipt.victimNotificationId();
                    return out;
                }));
    }

    public RiskStatusResult riskStatus(CaseRequest r) throws PartnerFault {
        return guarded(() -> {
            RiskStatus s = operations.riskStatus(SoapMapping.required(r == null ? null : r.caseId, "caseId"));
            RiskStatusResult out = new RiskStatusResult();
            out.caseId = s.caseId();
            out.assessmentId = s.assessmentId();
            out.instrument = s.instrument();
            out.level = s.level().name();
            out.computedLevel = s.computedLevel() == null ? s.level().name() : s.computedLevel().name();
            out.especialRelevancia = s.especialRelevancia();
            out.minorsAtRisk = s.minorsAtRisk();
            out.minorsVulnerable = s.minorsVulnerable();
            out.assessedAt = SoapMapping.xml(s.assessedAt());
            out.explanation.addAll(s.explanation());
            return out;
        });
    }

    public CoverageResponse coverage(CoverageRequest r) throws PartnerFault {
        return guarded(() -> {
            CoverageResponse out = new CoverageResponse();
            for (CoverageView v : operations.coverage(r == null ? null : r.regionCode)) {
                CoverageType c = new CoverageType();
                c.regionCode = v.regionCode();
                c.provinceCode = v.provinceCode();
                c.programme = v.programme();
                c.integrated = v.integrated();
                c.percentage = v.percentage();
                c.pendingIneCode.addAll(v.pendingIneCodes());
                out.coverage.add(c);
            }
            return out;
        });
    }

    /**
     * A submission: scope first (no key is stored for a caller who may not submit), then the MessageId claim,
     * the work, and the stored answer (replayed to retries). Failures release the MessageId.
     */
    private <Q, R> R submission(String scope, String operation, Q request, Class<Q> requestType, String messageId,
                                Class<R> responseType, Supplier<R> work) {
        Actor partner = operations.requirePartner(scope);
        if (request == null) {
            throw new InvalidInput("request", "validation.required");
        }
        if (messageId == null) {
            throw new SoapRefusal("MESSAGE_ID_REQUIRED", "partners.error.messageIdRequired");
        }
        if (!IdempotencyKeys.valid(messageId)) {
            throw new SoapRefusal("MESSAGE_ID_INVALID", "partners.error.idempotencyKeyInvalid");
        }
        String hash = Signatures.sha256Hex(("SOAP " + operation + "\n" + marshal(requestType, request, operation + "Request"))
                .getBytes(StandardCharsets.UTF_8));
        IdempotencyKeys.Claim claim = idempotency.claim(partner.username(), messageId, hash);
        switch (claim.outcome()) {
            case REPLAY -> {
                return unmarshal(responseType, claim.answer().body());
            }
            case MISMATCH -> throw new SoapRefusal("MESSAGE_ID_REUSED", "partners.error.idempotencyKeyReused");
            case IN_PROGRESS -> throw new SoapRefusal("MESSAGE_IN_PROGRESS", "partners.error.idempotencyInProgress");
            default -> {
                // NEW: do the work below
            }
        }
        // the work and the stored answer commit together; a failure releases the MessageId, a crash leaves a claim
        // that a retry takes over once its lease ran out
        return idempotency.completing(partner.username(), messageId, work,
                result -> new IdempotencyKeys.Answer(200, "application/xml", null,
                        marshal(responseType, result, operation + "Response")));
    }

    private <R> R guarded(Supplier<R> call) throws PartnerFault {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw fault(e);
        }
    }

    private PartnerFault fault(RuntimeException thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SoapRefusal s) {
                return PartnerFault.of(s.code, texts.get(s.key));
            }
            if (t instanceof DomainException d) {
                PartnerFault f = PartnerFault.of(SoapFaultCodes.contractCode(d.code()), texts.get(d.messageKey(), d.args()));
                if (d instanceof InvalidInput ii) {
                    List<String> details = new ArrayList<>();
                    for (FieldError fe : ii.fieldErrors()) {
                        details.add(fe.field() + ": " + texts.get(fe.messageKey(), fe.args().toArray()));
                    }
                    f.getFaultInfo().field.addAll(details);
                }
                return f;
            }
            if (t instanceof OptimisticLockException) {
                return PartnerFault.of("CONFLICT", texts.get("error.conflict"));
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure of a SOAP call, incident " + incident, thrown);
        return PartnerFault.of("INTERNAL", texts.get("partners.error.internal", incident));
    }

    /** A refusal specific to the SOAP facade. */
    static final class SoapRefusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String code;
        final String key;

        SoapRefusal(String code, String key) {
            super(code, null, false, false);
            this.code = code;
            this.key = key;
        }
    }

    private static <T> String marshal(Class<T> type, T value, String element) {
        try {
            StringWriter w = new StringWriter();
            JAXBContext.newInstance(type).createMarshaller()
                    .marshal(new JAXBElement<>(new QName(PartnerServiceEndpoint.NS, element), type, value), w);
            return w.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot serialise " + type.getSimpleName(), e);
        }
    }

    private static <T> T unmarshal(Class<T> type, String xml) {
        try {
            return JAXBContext.newInstance(type).createUnmarshaller()
                    .unmarshal(new StreamSource(new StringReader(xml)), type).getValue();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot read stored " + type.getSimpleName(), e);
        }
    }
}
