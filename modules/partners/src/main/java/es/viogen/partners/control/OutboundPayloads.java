package es.viogen.partners.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;

/**
 * The JSON body of an outbound delivery: event id (stable across retries, for the receiver's own de-duplication),
 * type, time, case id and number, and the event's facts. Ids and facts only: never names, documents or addresses.
 */
public final class OutboundPayloads {

    private OutboundPayloads() {
    }

    public static String envelope(String eventId, String type, Instant occurredAt, long caseId, String caseNumber,
                                  JsonObject data) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("eventId", eventId)
                .add("type", type)
                .add("occurredAt", occurredAt == null ? Instant.now().toString() : occurredAt.toString())
                .add("caseId", caseId);
        if (caseNumber != null) {
            b.add("caseNumber", caseNumber);
        }
        return b.add("data", data).build().toString();
    }
}
