package es.viogen.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a REST operation: partners must send an {@code Idempotency-Key} header (400 otherwise). On other submissions
 * the header is optional but honoured the same way ({@link IdempotencyKeys}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface IdempotentSubmission {
}
