package es.viogen.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/** RFC 9457 problem details. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response response(int status, String code, String title, String detail, JsonArrayBuilder errors) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", "urn:viogen:problem:" + code.toLowerCase().replace('_', '-'))
                .add("title", title)
                .add("status", status)
                .add("code", code);
        if (detail != null) {
            b.add("detail", detail);
        }
        if (errors != null) {
            b.add("errors", errors);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(b.build().toString()).build();
    }
}
