package es.viogen.platform.boundary;

import es.viogen.platform.api.DomainException;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.Texts;
import es.viogen.platform.api.Violations;
import es.viogen.platform.control.Faults;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of a REST call becomes RFC 9457 problem+json: domain refusals with their status and Spanish (or
 * English) text, validation with the fields, optimistic-lock conflicts and rollbacks at commit as 409, a lost
 * database as 503 with Retry-After ({@link Faults}), malformed bodies as 400, and anything unexpected as 500 with an incident id only (the details go to the server log, never to the client).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Inject
    Texts texts;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale locale = locale();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof DomainException d) {
                return domain(d, locale);
            }
            if (t instanceof ConstraintViolationException cve) {
                return violations(cve, locale);
            }
            if (t instanceof OptimisticLockException) {
                return Problems.response(409, "CONFLICT", texts.get(locale, "problem.conflict.title"),
                        texts.get(locale, "error.conflict"), null);
            }
            if (t instanceof JsonbException || t instanceof JsonException || t instanceof ProcessingException) {
                return Problems.response(400, "MALFORMED", texts.get(locale, "problem.malformed.title"),
                        texts.get(locale, "problem.malformed.detail"), null);
            }
            String param = badParameter(t);
            if (param != null) {
                return domain(new InvalidInput(param, "validation.parameter"), locale);
            }
            if (t instanceof WebApplicationException w) {
                int status = w.getResponse().getStatus();
                if (status == 400 && thrown != t) {
                    continue;
                }
                return Problems.response(status, "HTTP_" + status, statusTitle(status, locale), null, null);
            }
        }
        switch (Faults.classify(thrown)) {
            case CONFLICT -> {
                LOG.log(Level.FINE, "A REST call lost to a concurrent change", thrown);
                return Problems.response(409, "CONFLICT", texts.get(locale, "problem.conflict.title"),
                        texts.get(locale, "error.conflict"), null);
            }
            case UNAVAILABLE -> {
                LOG.log(Level.WARNING, "A REST call found the database unavailable: {0}", rootMessage(thrown));
                return Problems.unavailable(texts.get(locale, "problem.unavailable.title"),
                        texts.get(locale, "problem.unavailable.detail"));
            }
            case OTHER -> {
                // below
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure of a REST call, incident " + incident, thrown);
        return Problems.response(500, "INTERNAL", texts.get(locale, "problem.internal.title"),
                texts.get(locale, "problem.internal.detail", incident), null);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    private Response domain(DomainException d, Locale locale) {
        JsonArrayBuilder errors = null;
        if (d instanceof InvalidInput ii) {
            errors = Json.createArrayBuilder();
            for (FieldError fe : ii.fieldErrors()) {
                errors.add(Json.createObjectBuilder().add("field", fe.field())
                        .add("message", texts.get(locale, fe.messageKey(), fe.args().toArray())));
            }
        }
        return Problems.response(d.status(), d.code(), statusTitle(d.status(), locale),
                texts.get(locale, d.messageKey(), d.args()), errors);
    }

    /**
     * The name of a query, header, form, cookie or matrix parameter that could not be converted to its type
     * ({@code limit=abc}): the runtime says 404 for those, but the resource exists and the request is wrong (400).
     * A path parameter of the wrong type stays 404: no such resource.
     */
    static String badParameter(Throwable t) {
        String name = t.getClass().getName();
        if (!name.startsWith("org.glassfish.jersey.server.ParamException$") || name.endsWith("PathParamException")) {
            return null;
        }
        try {
            Object p = t.getClass().getMethod("getParameterName").invoke(t);
            String param = p == null ? "" : p.toString();
            return param.length() <= 100 && es.viogen.platform.api.PlainText.Validator.isPlain(param, false) && !param.isEmpty()
                    ? param : "parameter";
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "parameter";
        }
    }

    private Response violations(ConstraintViolationException e, Locale locale) {
        return domain(new InvalidInput(Violations.fieldErrors(e.getConstraintViolations())), locale);
    }

    private String statusTitle(int status, Locale locale) {
        String key = "problem.status." + status;
        String t = texts.get(locale, key);
        return t.startsWith("???") ? "HTTP " + status : t;
    }

    private Locale locale() {
        try {
            List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
            for (Locale l : accepted) {
                if ("en".equals(l.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("es".equals(l.getLanguage())) {
                    return BundleTexts.SPANISH;
                }
            }
        } catch (RuntimeException ignored) {
            // outside a request
        }
        return BundleTexts.SPANISH;
    }
}
