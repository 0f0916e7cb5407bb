package es.viogen.app.partners;

import es.viogen.app.partners.rest.ApiClient;
import es.viogen.app.partners.rest.ApiResponse;
import es.viogen.app.partners.rest.api.AutenticacinApi;
import es.viogen.app.partners.rest.api.CasosApi;
import es.viogen.app.partners.rest.api.InstitucionesPenitenciariasApi;
import es.viogen.app.partners.rest.api.ProteccinYSeguimientoApi;
import es.viogen.app.partners.rest.api.SuscripcionesApi;
import es.viogen.app.partners.rest.model.ComplaintChannel;
import es.viogen.app.partners.rest.model.DocumentType;
import es.viogen.app.partners.rest.model.IncidentType;
import es.viogen.app.partners.rest.model.JudicialOrderType;
import es.viogen.app.partners.rest.model.NewAggressor;
import es.viogen.app.partners.rest.model.NewCase;
import es.viogen.app.partners.rest.model.NewComplaint;
import es.viogen.app.partners.rest.model.NewIncident;
import es.viogen.app.partners.rest.model.NewJudicialOrder;
import es.viogen.app.partners.rest.model.NewMinor;
import es.viogen.app.partners.rest.model.NewVictim;
import es.viogen.app.partners.rest.model.PersonIdentity;
import es.viogen.app.partners.rest.model.PrisonEventInput;
import es.viogen.app.partners.rest.model.Relationship;
import es.viogen.app.partners.rest.model.SubscriptionInput;
import es.viogen.app.partners.rest.model.TransferRequest;
import es.viogen.app.support.Api;
import es.viogen.app.support.HostileFixtures;
import es.viogen.app.support.TestEnvironment;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 10, done-when: a partner's client generated from the contract at build time (openapi-generator's Java
 * client, library {@code native}, from {@code src/test/resources/openapi/viogen-api-v1.yaml}, which
 * {@code OpenApiContractIT} checks equal to the served document) registers a case, reads it back, and follows the
 * {@code Location} of everything it creates: the case, an incident, a judicial order, a transfer (and cancels it), a
 * prison event and a subscription. Only generated code talks to the API here (the token aside).
 */
class GeneratedRestClientIT {

    @Test
    void aGeneratedClientRegistersACaseAndFollowsEveryLocation() throws Exception {
        String token = Api.demo().as(HostileFixtures.allScopesPartner(), HostileFixtures.SECRET).token();
        ApiClient client = new ApiClient();
        client.updateBaseUri(TestEnvironment.get().baseUrl());
        client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));

        // the units operation's items are untyped in the document (the scan drops the array's item schema)
        List<Object> units = new AutenticacinApi(client).listUnits(null);
        long valladolid = unit(units, "UFAM-VA");
        // the target of the transfer lies outside the partner's territory (its listing shows province 47 only)
        long leon = HostileFixtures.unitId("UFAM-LE");

        CasosApi cases = new CasosApi(client);
        OffsetDateTime yesterday = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).truncatedTo(ChronoUnit.SECONDS);
        NewCase newCase = new NewCase()
                .complaint(new NewComplaint().atestadoNumber("AT-GEN-" + UUID.randomUUID().toString().substring(0, 8))
                        .filedAt(yesterday).place("Calle Mayor").municipalityCode("47186")
                        .channel(ComplaintChannel.VICTIM).summary("Denuncia enviada por un cliente generado"))
                .victim(new NewVictim().identity(new PersonIdentity().firstName("Ana").lastName1("Generada")
                                .documentType(DocumentType.DNI).documentNumber(HostileFixtures.dni())
                                .birthDate(LocalDate.of(1990, 1, 1)).nationality("ES"))
                        .language("es").interpreterNeeded(false).addressProtected(true).address("Calle Protegida 1")
                        .phone("600000000"))
                .aggressor(new NewAggressor().identity(new PersonIdentity().firstName("Juan").lastName1("Generado")
                                .documentType(DocumentType.DNI).documentNumber(HostileFixtures.dni()))
                        .relationship(Relationship.EX_PARTNER).cohabiting(false).weaponsLicence(false)
                        .whereaboutsKnown(true))
                .minors(List.of(new NewMinor().firstName("Leo").age(6).commonChild(true)))
                .responsibleUnitId(valladolid);
        ApiResponse<?> created = cases.registerCaseWithHttpInfo("gen-" + UUID.randomUUID(), newCase);
        assertEquals(201, created.getStatusCode());
        long caseId = follow(created, "/api/v1/cases/");
        var read = cases.getCase(caseId);
        assertEquals(caseId, (long) read.getId());
        assertNotNull(read.getCaseNumber());
        assertEquals(1, read.getMinors().size());
        assertNull(read.getVictim().getAddress(), "a protected address never reaches a partner");

        ApiResponse<?> incident = cases.reportIncidentWithHttpInfo(caseId, "gen-" + UUID.randomUUID(), new NewIncident()
                .type(IncidentType.THREAT).occurredAt(yesterday).place("Calle Mayor").description("Llamadas")
                .source("víctima"));
        long incidentId = follow(incident, "/api/v1/cases/" + caseId + "/incidents/");
        assertEquals("THREAT", String.valueOf(cases.getIncident(caseId, incidentId).getType()));

        ProteccinYSeguimientoApi orders = new ProteccinYSeguimientoApi(client);
        ApiResponse<?> order = orders.registerJudicialOrderWithHttpInfo(caseId, "gen-" + UUID.randomUUID(),
                new NewJudicialOrder().type(JudicialOrderType.RESTRAINING_DISTANCE).court("Juzgado VSM 1 Valladolid")
                        .procedureNumber("VSM 7/2026").startsOn(LocalDate.now()).endsOn(LocalDate.now().plusYears(1))
                        .distanceMetres(500));
        long orderId = follow(order, "/api/v1/cases/" + caseId + "/judicial-orders/");
        assertEquals(500, (int) orders.getJudicialOrder(caseId, orderId).getDistanceMetres());

        ApiResponse<?> transfer = cases.requestTransferWithHttpInfo(caseId, "gen-" + UUID.randomUUID(),
                new TransferRequest().toUnitId(leon).newMunicipalityCode("24089").reason("Cambio de domicilio"));
        long transferId = follow(transfer, "/api/v1/cases/" + caseId + "/transfers/");
        assertEquals("PENDING", cases.getTransfer(caseId, transferId).getStatus());
        cases.cancelTransfer(caseId, transferId, "gen-" + UUID.randomUUID());
        assertEquals("CANCELLED", cases.getTransfer(caseId, transferId).getStatus());

        ApiResponse<?> prison = new InstitucionesPenitenciariasApi(client).reportPrisonEventWithHttpInfo(
                "gen-" + UUID.randomUUID(), new PrisonEventInput().caseId(caseId).type("PRISON_PERMIT")
                        .occurredAt(yesterday).startsOn(LocalDate.now().plusDays(2)).endsOn(LocalDate.now().plusDays(4))
                        .facility("Centro Penitenciario de Villanubla").reason("Permiso ordinario"));
        long prisonEventId = follow(prison, "/api/v1/partner/prison-events/");
        assertEquals(caseId, (long) new InstitucionesPenitenciariasApi(client).getPrisonEvent(prisonEventId).getCaseId());

        SuscripcionesApi subscriptions = new SuscripcionesApi(client);
        ApiResponse<?> subscription = subscriptions.subscribeWithHttpInfo("gen-" + UUID.randomUUID(),
                new SubscriptionInput().eventTypes(List.of("LEVEL_CHANGED")).callbackUrl("http://127.0.0.1:9/gen"));
        long subscriptionId = follow(subscription, "/api/v1/partner/subscriptions/");
        assertEquals(subscriptionId, (long) subscriptions.getSubscription(subscriptionId).getId());
    }

    private static long unit(List<Object> units, String code) {
        return units.stream().map(u -> (Map<?, ?>) u).filter(u -> code.equals(u.get("code"))).findFirst()
                .map(u -> ((Number) u.get("id")).longValue()).orElseThrow(() -> new AssertionError("no unit " + code));
    }

    /** The id at the end of the answer's Location, which must lie under {@code prefix} on this server. */
    private static long follow(ApiResponse<?> created, String prefix) {
        assertEquals(201, created.getStatusCode());
        String location = created.getHeaders().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Location")).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no Location")).get(0);
        String path = URI.create(location).getPath();
        assertTrue(path.startsWith(prefix) && path.substring(prefix.length()).matches("\\d+"), location);
        return Long.parseLong(path.substring(prefix.length()));
    }
}
