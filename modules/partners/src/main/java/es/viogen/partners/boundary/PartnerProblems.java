package es.viogen.partners.boundary;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/** RFC 9457 problem+json answers the partners module gives itself (filters run before any exception mapper). */
final class PartnerProblems {

    static final String MEDIA_TYPE = "application/problem+json";

    private PartnerProblems() {
    }

    static Response response(int status, String code, String title, String detail) {
        String body = Json.createObjectBuilder()
                .add("type", "urn:viogen:problem:" + code.toLowerCase().replace('_', '-'))
                .add("title", title)
                .add("status", status)
                .add("code", code)
                .add("detail", detail).build().toString();
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }
}
