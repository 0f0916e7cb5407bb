package es.viogen.platform.boundary;

import es.viogen.platform.api.Texts;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Violations found by the container's validation of a resource's {@code @Valid} parameters: the same problem+json
 * as every other refusal (400, {@code VALIDATION}, one {@code errors[]} entry per field, Spanish or English text).
 * Needed beside {@link ProblemMapper} because the JAX-RS runtime's own mapper for {@code ValidationException} is a
 * closer match than a mapper of {@code Throwable}.
 */
@Provider
public class ViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    Texts texts;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        ProblemMapper mapper = new ProblemMapper();
        mapper.texts = texts;
        mapper.headers = headers;
        return mapper.toResponse(e);
    }
}
