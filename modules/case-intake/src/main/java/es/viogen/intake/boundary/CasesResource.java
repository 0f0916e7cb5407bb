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
import es.viogen.intake.entity.Transfer;
import es.viogen.intake.entity.Victim;
import es.viogen.platform.api.IneCode;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.PlainText;
import es.viogen.platform.api.PlausibleDate;
import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;

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

    /** A transfer request. */
    public record TransferRequest(@Positive Long toUnitId, @IneCode String newMunicipalityCode,
                                  @Size(max = 1000) @PlainText(multiline = true) String reason) {
    }

    /** A decision on a transfer. */
    public record TransferDecision(@Size(max = 1000) @PlainText(multiline = true) String note) {
    }

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
    @Operation(summary = "Registra una denuncia como caso nuevo",
            description = "Valida todo antes de escribir (400 con los campos erróneos, p. ej. victim.identity.documentNumber); "
                    + "escribe el caso, la víctima, el agresor, los menores y la denuncia en una sola transacción. "
                    + "responsibleUnitId es obligatorio y debe estar en el territorio del organismo.")
    @APIResponse(responseCode = "201", description = "Caso creado; cabecera Location con su dirección")
    @APIResponse(responseCode = "400", description = "Datos no válidos", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "Sin token válido", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Sin el ámbito cases:write o unidad fuera del territorio", content = @Content(mediaType = PROBLEM))
    public Response register(@Valid NewCase body) {
        if (body == null) {
            throw new InvalidInput("complaint", "intake.validation.required");
        }
        CaseRef ref = intake.register(body);
        URI location = uri.getBaseUriBuilder().path("cases").path(String.valueOf(ref.caseId())).build();
        return Response.created(location).entity(Json.createObjectBuilder().add("id", ref.caseId())
                .add("caseNumber", ref.caseNumber()).build().toString()).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("cases:read")
    @Operation(summary = "Consulta un caso", description = "Solo casos del territorio del organismo; nunca incluye un domicilio protegido. Lectura auditada.")
    @APIResponse(responseCode = "200", description = "El caso")
    @APIResponse(responseCode = "403", description = "Fuera del territorio o sin ámbito", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No existe", content = @Content(mediaType = PROBLEM))
    public String read(@PathParam("id") long id) {
        CaseDetail d = files.open(id, "partner read");
        return json(d).toString();
    }

    @GET
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("cases:read")
    @Operation(summary = "Busca víctimas y agresores por documento (duplicados)",
            description = "Coincidencia exacta del DNI/NIE/pasaporte. Devuelve las coincidencias de casos del territorio del "
                    + "organismo y el número de coincidencias fuera de él (sin datos).")
    @APIResponse(responseCode = "200", description = "Coincidencias")
    @APIResponse(responseCode = "400", description = "Falta el documento", content = @Content(mediaType = PROBLEM))
    public String searchByDocument(@QueryParam("document") String document) {
        if (document == null || document.isBlank()) {
            throw new InvalidInput("document", "intake.validation.required");
        }
        CaseFiles.DocumentMatches found = files.searchByDocument(document);
        JsonArrayBuilder visible = Json.createArrayBuilder();
        for (DuplicateMatch m : found.visible()) {
            visible.add(Json.createObjectBuilder().add("caseId", m.getCaseId()).add("caseNumber", m.getCaseNumber())
                    .add("role", m.getRole().name()).add("match", m.getKind().name()));
        }
        int outside = found.outsideScope();
        return Json.createObjectBuilder().add("matches", visible).add("outsideScope", outside).build().toString();
    }

    @POST
    @Path("{id}/incidents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("incidents:write")
    @Operation(summary = "Registra un hecho en un caso",
            description = "Agresión, amenaza, quebrantamiento (art. 468 CP), reanudación de la relación, traslados, "
                    + "agresor ilocalizable, eventos penitenciarios... Los tipos que lo exigen piden una reevaluación "
                    + "inmediata; un caso inactivo o supervisado se reactiva.")
    @APIResponse(responseCode = "201", description = "Hecho registrado")
    @APIResponse(responseCode = "400", description = "Datos no válidos", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Fuera del territorio o sin ámbito", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No existe el caso", content = @Content(mediaType = PROBLEM))
    public Response reportIncident(@PathParam("id") long id, @Valid NewIncident body) {
        long incidentId = incidents.report(id, body);
        URI location = uri.getBaseUriBuilder().path("cases").path(String.valueOf(id)).path("incidents")
                .path(String.valueOf(incidentId)).build();
        return Response.created(location).entity(Json.createObjectBuilder().add("id", incidentId)
                .add("requiresReassessment", body.type() != null && body.type().requiresReassessment())
                .build().toString()).build();
    }

    @POST
    @Path("{id}/transfers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("cases:write")
    @Operation(summary = "Solicita el traslado del caso a otra unidad")
    @APIResponse(responseCode = "201", description = "Solicitud registrada")
    @APIResponse(responseCode = "400", description = "Datos no válidos", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Ya hay un traslado pendiente", content = @Content(mediaType = PROBLEM))
    public Response requestTransfer(@PathParam("id") long id, @Valid TransferRequest body) {
        TransferRequest b = body == null ? new TransferRequest(null, null, null) : body;
        long tid = transfers.request(id, b.toUnitId(), b.newMunicipalityCode(), b.reason());
        URI location = uri.getBaseUriBuilder().path("cases").path(String.valueOf(id)).path("transfers")
                .path(String.valueOf(tid)).build();
        return Response.created(location).entity(Json.createObjectBuilder().add("id", tid).add("status", "PENDING")
                .build().toString()).build();
    }

    @POST
    @Path("{id}/transfers/{transferId}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("cases:write")
    @Operation(summary = "Acepta un traslado (el caso pasa a la unidad de destino)")
    @APIResponse(responseCode = "204", description = "Aceptado")
    @APIResponse(responseCode = "422", description = "Ya decidido", content = @Content(mediaType = PROBLEM))
    public Response acceptTransfer(@PathParam("id") long id, @PathParam("transferId") long transferId, @Valid TransferDecision body) {
        transfers.accept(id, transferId, body == null ? null : body.note());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/transfers/{transferId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("cases:write")
    @Operation(summary = "Rechaza un traslado (motivo obligatorio)")
    @APIResponse(responseCode = "204", description = "Rechazado")
    @APIResponse(responseCode = "400", description = "Falta el motivo", content = @Content(mediaType = PROBLEM))
    public Response rejectTransfer(@PathParam("id") long id, @PathParam("transferId") long transferId, @Valid TransferDecision body) {
        transfers.reject(id, transferId, body == null ? null : body.note());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/inactivation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("cases:write")
    @Operation(summary = "Inactiva el caso (Instrucción 2/2024)",
            description = "422 con el texto de cada condición no cumplida (medida judicial en vigor, falta el contacto "
                    + "presencial o la reevaluación, víctima ilocalizable menos de 6 meses, inactivación supervisada obligatoria...).")
    @APIResponse(responseCode = "204", description = "Inactivado")
    @APIResponse(responseCode = "422", description = "Condición no cumplida", content = @Content(mediaType = PROBLEM))
    public Response inactivate(@PathParam("id") long id, @Valid InactivationRequest body) {
        InactivationRequest b = body == null ? new InactivationRequest(false, null, false, false, null, null) : body;
        inactivations.inactivate(id, new InactivationRules.Request(b.supervised(), b.inPersonContactOn(),
                b.judicialMeasureInForce(), b.vulnerabilityObserved(), b.victimUnlocatableSince(), b.note()));
        return Response.noContent().build();
    }

    static JsonObject json(CaseDetail d) {
        Case c = d.getCase();
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", c.getId())
                .add("caseNumber", c.getCaseNumber())
                .add("status", c.getStatus().name())
                .add("openedAt", c.getOpenedAt().toString())
                .add("unitId", c.getUnitId())
                .add("unitName", d.getUnitName())
                .add("municipalityCode", c.getMunicipalityCode())
                .add("especialRelevancia", c.isEspecialRelevancia())
                .add("minorsAtRisk", c.isMinorsAtRisk())
                .add("repeatAggressor", c.isRepeatAggressor());
        if (c.getCurrentLevel() != null) {
            b.add("currentLevel", c.getCurrentLevel().name());
        }
        if (c.getSupervisedUntil() != null) {
            b.add("supervisedUntil", c.getSupervisedUntil().toString());
        }
        Victim v = d.getVictim();
        if (v != null) {
            JsonObjectBuilder vb = Json.createObjectBuilder()
                    .add("firstName", v.getIdentity().getFirstName())
                    .add("lastName1", v.getIdentity().getLastName1())
                    .add("documentType", v.getIdentity().getDocumentType().name())
                    .add("interpreterNeeded", v.isInterpreterNeeded())
                    .add("addressProtected", v.isAddressProtected());
            if (v.getIdentity().getDocumentNumber() != null) {
                vb.add("documentNumber", v.getIdentity().getDocumentNumber());
            }
            // partners never receive a protected address
            if (!v.isAddressProtected() && v.getAddress() != null) {
                vb.add("address", v.getAddress());
            }
            b.add("victim", vb);
        }
        if (d.getAggressor() != null) {
            var a = d.getAggressor();
            JsonObjectBuilder ab = Json.createObjectBuilder()
                    .add("firstName", a.getIdentity().getFirstName())
                    .add("lastName1", a.getIdentity().getLastName1())
                    .add("documentType", a.getIdentity().getDocumentType().name())
                    .add("relationship", a.getRelationship().name())
                    .add("whereaboutsKnown", a.isWhereaboutsKnown());
            if (a.getIdentity().getDocumentNumber() != null) {
                ab.add("documentNumber", a.getIdentity().getDocumentNumber());
            }
            b.add("aggressor", ab);
        }
        JsonArrayBuilder minors = Json.createArrayBuilder();
        for (Minor m : d.getMinors()) {
            minors.add(Json.createObjectBuilder().add("age", m.getAge()).add("commonChild", m.isCommonChild()));
        }
        b.add("minors", minors);
        JsonArrayBuilder inc = Json.createArrayBuilder();
        for (Incident i : d.getIncidents()) {
            inc.add(Json.createObjectBuilder().add("id", i.getId()).add("type", i.getType().name())
                    .add("occurredAt", i.getOccurredAt().toString())
                    .add("requiresReassessment", i.isRequiresReassessment()));
        }
        b.add("incidents", inc);
        JsonArrayBuilder tr = Json.createArrayBuilder();
        for (Transfer t : d.getTransfers()) {
            tr.add(Json.createObjectBuilder().add("id", t.getId()).add("fromUnitId", t.getFromUnitId())
                    .add("toUnitId", t.getToUnitId()).add("status", t.getStatus().name())
                    .add("requestedAt", t.getRequestedAt().toString()));
        }
        b.add("transfers", tr);
        return b.build();
    }

}
