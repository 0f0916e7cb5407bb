package es.viogen.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * The one shape of VioGén's RFC 9457 problem documents ({@code application/problem+json}): type
 * {@code urn:viogen:problem:<code>}, title, status, a stable code, detail and, for validation, {@code errors[]}
 * with field and message. Every boundary that answers a problem itself (filters, authentication) builds it here.
 */
public final class ProblemDetails {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemDetails() {
    }

    public static String json(int status, String code, String title, String detail, JsonArrayBuilder errors) {
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
        return b.build().toString();
    }
}
