package es.viogen.partners.boundary;

import es.viogen.platform.api.ProblemDetails;
import jakarta.ws.rs.core.Response;

/** Problem answers the partners module gives itself (filters run before any exception mapper), in the platform's shape. */
final class PartnerProblems {

    static final String MEDIA_TYPE = ProblemDetails.MEDIA_TYPE;

    private PartnerProblems() {
    }

    static Response response(int status, String code, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(ProblemDetails.json(status, code, title, detail, null))
                .build();
    }
}
