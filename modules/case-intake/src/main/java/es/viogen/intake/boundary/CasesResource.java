package es.viogen.intake.boundary;

import es.viogen.intake.api.CaseRef;
import es.viogen.intake.api.NewCase;
import es.viogen.intake.api.NewIncident;
import es.viogen.intake.control.CaseDetail;
import es.viogen.intake.control.DuplicateMatch;
import es.viogen.intake.control.InactivationRules;
import es.viogen.intake.entity.Case;
import es.viogen.intake.entity.Incident;
import es.viogen.intake.entity.Minor;
import es.viogen.intake.entity.Victim;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.PlainText;
import es.viogen.platform.api.PlausibleDate;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.ArrayList;

/**
 * Cases for partner systems: register a complaint as a case, read a case, search by document (duplicates), report
 * incidents, request and decide transfers, inactivate. Everything is limited to the partner's territory and scopes;
 * a protected address is never sent.
 */
@Path("cases")
@Tag(name = "Casos", description = "Expedientes: alta, consulta, búsqueda de duplicados, hechos, traslados e inactivación")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

    private static final String PROBLEM = es.viogen.platform.api.ProblemDetails.MEDIA_TYPE;

    @Inject
    CaseIntake intake;

    @Inject
    CaseFiles files;

    @Inject
    IncidentDesk incidents;

    @Inject
    CaseTransfers transfers;

    @Inject
    CaseInactivations inactivations;

    @Context
    UriInfo uri;

    /** An inactivation request (Instr. 2/2024 evidence). */
    public record InactivationRequest(boolean supervised,
                                      @PlausibleDate(notBefore = PlausibleDate.VIOGEN_START) LocalDate inPersonContactOn,
                                      boolean judicialMeasureInForce, boolean vulnerabilityObserved,
                                      @PlausibleDate(notBefore = PlausibleDate.VIOGEN_START) LocalDate victimUnlocatableSince,
                                      @Size(max = 2000) @PlainText(multiline = true) String note) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("cases:write")
    @Operation(operationId = "registerCase", summary = "Registra una denuncia como caso nuevo",
            description = "Valida todo antes de escribir (400 con los campos erróneos, p. ej. victim.identity.documentNumber); "
                    + "escribe el caso, la víctima, el agresor, los menores y la denuncia en una sola transacción. "
                    + "responsibleUnitId es obligatorio y debe estar en el territorio del organismo. Un caso por víctima y "
                    + "agresor: si la pareja (mismos documentos) ya tiene un caso, la denuncia se añade a ese caso (que se "
                    + "reactiva si estaba inactivo y debe una VPR nueva) y la respuesta es 200 con ese caso y attached=true.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "denuncia",
            summary = "Denuncia con víctima, agresor y un menor (responsibleUnitId: una unidad de su territorio)", value = "{\"complaint\":{\"atestadoNumber\":\"AT-2026-0042\",\"filedAt\":\"2026-11-20T09:30:00Z\","
                    + "\"place\":\"Calle Mayor 3\",\"municipalityCode\":\"47186\",\"channel\":\"VICTIM\","
                    + "\"summary\":\"Amenazas por teléfono\"},\"victim\":{\"identity\":{\"firstName\":\"Ana\","
                    + "\"lastName1\":\"Ejemplo\",\"documentType\":\"DNI\",\"documentNumber\":\"00000023T\","
                    + "\"birthDate\":\"1990-01-01\",\"nationality\":\"ES\"},\"language\":\"es\","
                    + "\"interpreterNeeded\":false,\"phone\":\"600000000\",\"addressProtected\":true},"
                    + "\"aggressor\":{\"identity\":{\"firstName\":\"Juan\",\"lastName1\":\"Ejemplo\","
                    + "\"documentType\":\"DNI\",\"documentNumber\":\"00000046T\"},\"relationship\":\"EX_PARTNER\","
                    + "\"cohabiting\":false,\"weaponsLicence\":false,\"whereaboutsKnown\":true},"
                    + "\"minors\":[{\"firstName\":\"Leo\",\"age\":6,\"commonChild\":true}],\"responsibleUnitId\":1}")))
    @APIResponse(responseCode = "201", description = "Caso creado; cabecera Location con su dirección",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseCreated.class)))
    @APIResponse(responseCode = "200", description = "Denuncia añadida al caso existente de la misma víctima y agresor "
            + "(attached=true); cabecera Location con su dirección",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseCreated.class)))
    @APIResponse(responseCode = "400", description = "Datos no válidos", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "Sin token válido", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Sin el ámbito cases:write o unidad fuera del territorio", content = @Content(mediaType = PROBLEM))
    public Response register(@Valid NewCase body) {
        if (body == null) {
            throw new InvalidInput("complaint", "intake.validation.required");
        }
        CaseRef ref = intake.register(body);
        URI location = uri.getBaseUriBuilder().path("cases").path(String.valueOf(ref.caseId())).build();
        CaseCreated entity = new CaseCreated(ref.caseId(), ref.caseNumber(), ref.attached());
        return (ref.attached() ? Response.ok(entity).location(location) : Response.created(location).entity(entity))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("cases:read")
    @Operation(operationId = "getCase", summary = "Consulta un caso", description = "Solo casos del territorio del organismo; nunca incluye un domicilio protegido. Lectura auditada.")
    @APIResponse(responseCode = "200", description = "El caso",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "403", description = "Fuera del territorio o sin ámbito", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No existe", content = @Content(mediaType = PROBLEM))
    public CaseView read(@PathParam("id") long id) {
        CaseDetail d = files.open(id, "partner read");
        return view(d);
    }

    @GET
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("cases:read")
    @Operation(summary = "Busca víctimas y agresores por documento (duplicados)",
            description = "Coincidencia exacta del DNI/NIE/pasaporte. Devuelve las coincidencias de casos del territorio del "
                    + "organismo y el número de coincidencias fuera de él (sin datos).")
    @APIResponse(responseCode = "200", description = "Coincidencias",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentMatches.class)))
    @APIResponse(responseCode = "400", description = "Falta el documento", content = @Content(mediaType = PROBLEM))
    public DocumentMatches searchByDocument(@QueryParam("document") String document) {
        if (document == null || document.isBlank()) {
            throw new InvalidInput("document", "intake.validation.required");
        }
        if (document.length() > 30) {
            throw new InvalidInput("document", "intake.validation.length", 30);
        }
        CaseFiles.DocumentMatches found = files.searchByDocument(document);
        List<DocumentMatch> visible = new ArrayList<>();
        for (DuplicateMatch m : found.visible()) {
            visible.add(new DocumentMatch(m.getCaseId(), m.getCaseNumber(), m.getRole().name(), m.getKind().name()));
        }
        return new DocumentMatches(visible, found.outsideScope());
    }

    @POST
    @Path("{id}/incidents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("incidents:write")
    @Operation(operationId = "reportIncident", summary = "Registra un hecho en un caso",
            description = "Agresión, amenaza, quebrantamiento (art. 468 CP), reanudación de la relación, traslados, "
                    + "agresor ilocalizable, eventos penitenciarios... Los tipos que lo exigen piden una reevaluación "
                    + "inmediata; un caso inactivo o supervisado se reactiva.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "amenaza",
            summary = "Una amenaza comunicada por la víctima", value = "{\"type\":\"THREAT\",\"occurredAt\":\"2026-11-21T22:15:00Z\",\"place\":\"Calle Mayor 3\","
                    + "\"description\":\"Mensajes amenazantes de madrugada\",\"source\":\"víctima\"}")))
    @APIResponse(responseCode = "201", description = "Hecho registrado; cabecera Location con su dirección",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentCreated.class)))
    @APIResponse(responseCode = "400", description = "Datos no válidos", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Fuera del territorio o sin ámbito", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No existe el caso", content = @Content(mediaType = PROBLEM))
    public Response reportIncident(@PathParam("id") long id, @Valid NewIncident body) {
        long incidentId = incidents.report(id, body);
        URI location = uri.getBaseUriBuilder().path("cases").path(String.valueOf(id)).path("incidents")
                .path(String.valueOf(incidentId)).build();
        return Response.created(location).entity(new IncidentCreated(incidentId,
                body.type() != null && body.type().requiresReassessment())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The answer to a registration: the new case's id (its Location) and number. */
    public record CaseCreated(long id, String caseNumber, boolean attached) {
    }

    /** The answer to an incident report. */
    public record IncidentCreated(long id, boolean requiresReassessment) {
    }

    /** A person of a case as partners see it (never a protected address). */
    public record PersonView(String firstName, String lastName1, String documentType, String documentNumber,
                             Boolean interpreterNeeded, Boolean addressProtected, String address, String relationship,
                             Boolean whereaboutsKnown) {
    }

    public record MinorView(int age, boolean commonChild) {
    }

    public record IncidentSummary(long id, String type, Instant occurredAt, boolean requiresReassessment) {
    }

    public record TransferSummary(long id, long fromUnitId, long toUnitId, String status, Instant requestedAt) {
    }

    /** A case as partners read it. */
    public record CaseView(long id, String caseNumber, String status, Instant openedAt, long unitId, String unitName,
                           String municipalityCode, boolean especialRelevancia, boolean minorsAtRisk,
                           boolean repeatAggressor, String currentLevel, LocalDate supervisedUntil, PersonView victim,
                           PersonView aggressor, List<MinorView> minors, List<IncidentSummary> incidents,
                           List<TransferSummary> transfers) {
    }

    /** Matches of a document search. */
    public record DocumentMatch(long caseId, String caseNumber, String role, String match) {
    }

    public record DocumentMatches(List<DocumentMatch> matches, int outsideScope) {
    }

    /** An incident as recorded. */
    public record IncidentView(long id, long caseId, String type, Instant occurredAt, String place, String description,
                               String source, boolean requiresReassessment, Instant recordedAt) {
    }

    @GET
    @Path("{id}/incidents/{incidentId}")
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("cases:read")
    @Operation(operationId = "getIncident", summary = "Consulta un hecho del caso (la dirección Location de su alta)",
            description = "Solo casos del territorio del organismo. Lectura auditada.")
    @APIResponse(responseCode = "200", description = "El hecho",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "404", description = "No existe el caso o el hecho no es de ese caso",
            content = @Content(mediaType = PROBLEM))
    public IncidentView incident(@PathParam("id") long id, @PathParam("incidentId") long incidentId) {
        CaseDetail d = files.open(id, "partner read incident " + incidentId);
        Incident i = d.getIncidents().stream().filter(x -> x.getId() == incidentId).findFirst()
                .orElseThrow(() -> new RecordNotFound("Incident", incidentId));
        return new IncidentView(i.getId(), i.getCaseId(), i.getType().name(), i.getOccurredAt(), i.getPlace(),
                i.getDescription(), i.getSource(), i.isRequiresReassessment(), i.getRecordedAt());
    }

    @POST
    @Path("{id}/inactivation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("cases:write")
    @Operation(summary = "Inactiva el caso (Instrucción 2/2024)",
            description = "422 con el texto de cada condición no cumplida (medida judicial en vigor, falta el contacto "
                    + "presencial o la reevaluación, víctima ilocalizable menos de 6 meses, inactivación supervisada obligatoria...).")
    @Produces(MediaType.WILDCARD) // no content: any Accept, a problem+json-only client included
    @APIResponse(responseCode = "204", description = "Inactivado")
    @APIResponse(responseCode = "422", description = "Condición no cumplida", content = @Content(mediaType = PROBLEM))
    public Response inactivate(@PathParam("id") long id, @Valid InactivationRequest body) {
        InactivationRequest b = body == null ? new InactivationRequest(false, null, false, false, null, null) : body;
        inactivations.inactivate(id, new InactivationRules.Request(b.supervised(), b.inPersonContactOn(),
                b.judicialMeasureInForce(), b.vulnerabilityObserved(), b.victimUnlocatableSince(), b.note()));
        return Response.noContent().build();
    }

    static CaseView view(CaseDetail d) {
        Case c = d.getCase();
        Victim v = d.getVictim();
        PersonView victim = null;
        if (v != null) {
            // partners never receive a protected address
            String address = !v.isAddressProtected() ? v.getAddress() : null;
            victim = new PersonView(v.getIdentity().getFirstName(), v.getIdentity().getLastName1(),
                    v.getIdentity().getDocumentType().name(), v.getIdentity().getDocumentNumber(), v.isInterpreterNeeded(),
                    v.isAddressProtected(), address, null, null);
        }
        PersonView aggressor = null;
        if (d.getAggressor() != null) {
            var a = d.getAggressor();
            aggressor = new PersonView(a.getIdentity().getFirstName(), a.getIdentity().getLastName1(),
                    a.getIdentity().getDocumentType().name(), a.getIdentity().getDocumentNumber(), null, null, null,
                    a.getRelationship().name(), a.isWhereaboutsKnown());
        }
        List<MinorView> minors = d.getMinors().stream().map(m -> new MinorView(m.getAge(), m.isCommonChild())).toList();
        List<IncidentSummary> incidents = d.getIncidents().stream().map(i -> new IncidentSummary(i.getId(),
                i.getType().name(), i.getOccurredAt(), i.isRequiresReassessment())).toList();
        List<TransferSummary> transfers = d.getTransfers().stream().map(t -> new TransferSummary(t.getId(),
                t.getFromUnitId(), t.getToUnitId(), t.getStatus().name(), t.getRequestedAt())).toList();
        return new CaseView(c.getId(), c.getCaseNumber(), c.getStatus().name(), c.getOpenedAt(), c.getUnitId(),
                d.getUnitName(), c.getMunicipalityCode(), c.isEspecialRelevancia(), c.isMinorsAtRisk(),
                c.isRepeatAggressor(), c.getCurrentLevel() == null ? null : c.getCurrentLevel().name(),
                c.getSupervisedUntil(), victim, aggressor, minors, incidents, transfers);
    }

}
