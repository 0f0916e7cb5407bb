package es.viogen.partners.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a REST operation: partners must send an {@code Idempotency-Key} header (400 otherwise). On other partner
 * submissions the header is optional but honoured the same way (see {@link PartnerSubmissionFilter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface IdempotentSubmission {
}
