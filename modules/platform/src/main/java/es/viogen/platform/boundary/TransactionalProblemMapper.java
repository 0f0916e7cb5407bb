package es.viogen.platform.boundary;

import jakarta.annotation.Priority;
import es.viogen.platform.api.Texts;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Failures of a {@code @Transactional} facade (a rollback or lost connection at commit arrives as
 * {@link TransactionalException}) answered like every other failure, by {@link ProblemMapper}. Without this mapper
 * Jersey's own mapper for that type wins over the general one, finds no mapping and rethrows, and the container
 * answers a bare 500 (the loser of two concurrent accepts got an HTML error page that way).
 */
@Provider
@Priority(1)
public class TransactionalProblemMapper implements ExceptionMapper<TransactionalException> {

    @Inject
    Texts texts;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TransactionalException exception) {
        ProblemMapper problems = new ProblemMapper();
        problems.texts = texts;
        problems.headers = headers;
        return problems.toResponse(exception);
    }
}
