package es.viogen.platform.boundary;

import es.viogen.platform.api.IdempotencyKeys;
import es.viogen.platform.api.IdempotentSubmission;
import es.viogen.platform.api.ReplayableAnswer;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Texts;
import es.viogen.platform.control.Faults;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Idempotency of every partner REST submission (POST, PUT, PATCH) of the API, whichever module serves it. With an
 * {@code Idempotency-Key} header the request runs in one transaction begun here: the key is claimed in it, the
 * module's facades join it, and the answer is stored against (partner, key, hash of method + path + body) in it
 * just before the commit. So the record and its key's answer commit together; a request that fails or dies (a
 * crash, a lost connection) leaves neither, and a retry runs cleanly. A retry of a completed key gets the stored
 * answer ({@code Idempotent-Replayed: true}); the same key with another request is 422; a retry while the first is
 * still running waits for it (at most the lease, then 409). A commit that fails answers 409 or 503 problem+json.
 * Operations marked {@link IdempotentSubmission} require the header. Runs after the body gate.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = IdempotencyKeys.HEADER;
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final Set<String> SUBMISSIONS = Set.of("POST", "PUT", "PATCH");
    private static final Jsonb JSONB = JsonbBuilder.create();

    private record Claimed(String client, String key, UserTransaction tx) {
    }

    @Context
    ResourceInfo resourceInfo;

    @Inject
    IdempotencyStore store;

    @Inject
    Texts texts;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!SUBMISSIONS.contains(request.getMethod())) {
            return;
        }
        SecurityContext sc = request.getSecurityContext();
        if (sc.getUserPrincipal() == null || !sc.isUserInRole(Role.PARTNER_NAME)) {
            return;
        }
        String key = request.getHeaderString(HEADER);
        if (key == null) {
            if (required()) {
                request.abortWith(problem(400, "IDEMPOTENCY_KEY_REQUIRED", "idempotency.keyRequired"));
            }
            return;
        }
        if (!IdempotencyKeys.valid(key)) {
            request.abortWith(problem(400, "IDEMPOTENCY_KEY_INVALID", "idempotency.keyInvalid"));
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String client = sc.getUserPrincipal().getName();
        String hash = requestHash(request.getMethod(), request.getUriInfo().getPath(), body);

        UserTransaction tx = userTransaction();
        IdempotencyKeys.Claim claim;
        try {
            tx.begin();
            claim = store.claimInCurrentTransaction(client, key, hash);
        } catch (Exception e) {
            rollback(tx);
            Faults.Kind kind = Faults.classify(e);
            if (kind == Faults.Kind.OTHER) {
                throw new IllegalStateException("Idempotency claim failed", e);
            }
            // a lock wait beyond the lease (the first request still running) is a conflict too
            request.abortWith(kind == Faults.Kind.UNAVAILABLE ? unavailable()
                    : problem(409, "IDEMPOTENCY_IN_PROGRESS", "idempotency.inProgress"));
            return;
        }
        switch (claim.outcome()) {
            case NEW -> request.setProperty(CLAIM, new Claimed(client, key, tx));
            case REPLAY -> {
                rollback(tx);
                IdempotencyKeys.Answer a = claim.answer();
                Response.ResponseBuilder replay = Response.status(a.status()).header("Idempotent-Replayed", "true");
                if (a.body() != null) {
                    replay.entity(a.body()).type(a.contentType());
                }
                if (a.location() != null) {
                    replay.header(HttpHeaders.LOCATION, a.location());
                }
                request.abortWith(replay.build());
            }
            case MISMATCH -> {
                rollback(tx);
                request.abortWith(problem(422, "IDEMPOTENCY_KEY_REUSED", "idempotency.keyReused"));
            }
            case IN_PROGRESS -> {
                rollback(tx);
                request.abortWith(problem(409, "IDEMPOTENCY_IN_PROGRESS", "idempotency.inProgress"));
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claimed c)) {
            return;
        }
        request.removeProperty(CLAIM);
        int status = response.getStatus();
        try {
            if (status < 200 || status >= 300 || c.tx().getStatus() != Status.STATUS_ACTIVE) {
                rollback(c.tx());
                if (status >= 200 && status < 300) {
                    // the work marked its transaction for rollback yet answered success: nothing was stored
                    replace(response, problem(409, "CONFLICT", "error.conflict"));
                }
                return;
            }
            String contentType = response.getMediaType() == null ? null : response.getMediaType().toString();
            Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
            store.complete(c.client(), c.key(), new IdempotencyKeys.Answer(status, contentType,
                    location == null ? null : location.toString(),
                    serialise(response.getEntity() instanceof ReplayableAnswer r ? r.forReplay(texts) : response.getEntity())));
            c.tx().commit();
        } catch (Exception e) {
            rollback(c.tx());
            Faults.Kind kind = Faults.classify(e);
            if (kind == Faults.Kind.OTHER) {
                LOG.log(Level.SEVERE, "Commit of an idempotent submission failed", e);
            }
            // nothing was stored, neither the record nor the key: the client may retry with the same key
            replace(response, kind == Faults.Kind.UNAVAILABLE ? unavailable()
                    : problem(409, "CONFLICT", "error.conflict"));
        }
    }

    private static void replace(ContainerResponseContext response, Response with) {
        response.setStatus(with.getStatus());
        response.getHeaders().clear();
        response.getHeaders().putAll(with.getHeaders());
        response.setEntity(with.getEntity(), new java.lang.annotation.Annotation[0], with.getMediaType());
    }

    /** The container's UserTransaction acts on the calling thread's transaction: looked up once (a JNDI look-up per
     *  request showed in the profile). */
    private static volatile UserTransaction userTransaction;

    private static UserTransaction userTransaction() {
        UserTransaction tx = userTransaction;
        if (tx == null) {
            try {
                tx = InitialContext.doLookup("java:comp/UserTransaction");
            } catch (NamingException e) {
                throw new IllegalStateException("No UserTransaction", e);
            }
            userTransaction = tx;
        }
        return tx;
    }

    private static void rollback(UserTransaction tx) {
        try {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "Rollback of an idempotent submission failed", e);
        }
    }

    private boolean required() {
        Method m = resourceInfo.getResourceMethod();
        return m != null && (m.isAnnotationPresent(IdempotentSubmission.class)
                || resourceInfo.getResourceClass().isAnnotationPresent(IdempotentSubmission.class));
    }

    static String requestHash(String method, String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " /" + path.replaceFirst("^/", "") + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serialise(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof String s) {
            return s;
        }
        if (entity instanceof JsonValue v) {
            return v.toString();
        }
        return JSONB.toJson(entity);
    }

    private Response unavailable() {
        return Problems.unavailable(texts.get("problem.unavailable.title"), texts.get("problem.unavailable.detail"));
    }

    private Response problem(int status, String code, String key) {
        String title = texts.get("problem.status." + status);
        return Problems.response(status, code, title, texts.get(key), null);
    }
}
