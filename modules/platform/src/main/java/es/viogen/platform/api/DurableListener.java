package es.viogen.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a method of a CDI bean (normally {@code @ApplicationScoped}, in a module's {@code boundary}) as a durable
 * listener of another module's event: {@code public void on(CaseOpened e)}. The method's one parameter is the event
 * record it listens to. It runs after the publisher's commit, inside a transaction the registry opens (do not declare
 * {@code REQUIRES_NEW} on it: its effect and its publication's completion must commit together), and again after a
 * failure, so it must be idempotent (unique keys, {@code ON CONFLICT DO NOTHING}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DurableListener {

    /**
     * Stable id of this listener, stored with each publication (e.g. {@code risk.vpr-owed-on-case-opened}). Never
     * rename it while publications may be incomplete: a stored publication finds its listener by this id.
     */
    String value();

    /**
     * A critical listener is retried forever (a reaction the protection of a victim depends on); a non-critical one
     * is given up after a number of attempts and listed as failed for an administrator to replay.
     */
    boolean critical() default true;
}
