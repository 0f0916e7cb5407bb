package es.viogen.platform.boundary;

import es.viogen.platform.api.ProblemDetails;
import es.viogen.platform.control.Faults;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;

/** RFC 9457 problem details as a JAX-RS response (the document's shape is {@link ProblemDetails}). */
public final class Problems {

    public static final String MEDIA_TYPE = ProblemDetails.MEDIA_TYPE;

    private Problems() {
    }

    /** 503: the database is unavailable; the client may retry after {@link Faults#RETRY_AFTER_SECONDS}. */
    public static Response unavailable(String title, String detail) {
        return Response.status(503).type(MEDIA_TYPE).header("Retry-After", Faults.RETRY_AFTER_SECONDS)
                .entity(ProblemDetails.json(503, "UNAVAILABLE", title, detail, null)).build();
    }

    public static Response response(int status, String code, String title, String detail, JsonArrayBuilder errors) {
        return Response.status(status).type(MEDIA_TYPE).entity(ProblemDetails.json(status, code, title, detail, errors))
                .build();
    }
}
