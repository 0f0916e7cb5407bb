package es.viogen.platform.boundary;

import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.Violations;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.util.Set;

/**
 * A body parameter marked {@code @Valid} is checked against its record's Bean Validation constraints as soon as it
 * is bound: 400 {@code VALIDATION} with one {@code errors[]} entry per field, in the caller's language, before the
 * resource method runs. (The runtime's own method validation did not run for these parameters on Payara 6.2025.10:
 * a complaint of 2006 went through.) A facade that merges the constraints with its cross-field rules in one answer
 * (judicial orders) takes the body without {@code @Valid} and validates it itself. The checks across
 * fields and against registries (a DNI letter for its document type, an INE code that exists) stay in the facades.
 */
@Provider
@Priority(Priorities.USER)
public class EntityValidation implements ReaderInterceptor {

    @Inject
    Validator validator;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object entity = context.proceed();
        if (entity != null && valid(context.getAnnotations())) {
            Set<ConstraintViolation<Object>> violations = validator.validate(entity);
            if (!violations.isEmpty()) {
                throw new InvalidInput(Violations.fieldErrors(violations));
            }
        }
        return entity;
    }

    private static boolean valid(java.lang.annotation.Annotation[] annotations) {
        if (annotations != null) {
            for (java.lang.annotation.Annotation a : annotations) {
                if (a.annotationType() == jakarta.validation.Valid.class) {
                    return true;
                }
            }
        }
        return false;
    }
}
