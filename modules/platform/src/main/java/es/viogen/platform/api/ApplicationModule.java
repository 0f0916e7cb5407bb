package es.viogen.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a module of the WAR on its root package ({@code es.viogen.<name>/package-info.java}), after Spring
 * Modulith's {@code @ApplicationModule(allowedDependencies = …)}: the modules whose published {@code api} package it
 * may use. Nothing else of another module is reachable. The architecture test of the application generates its rules
 * from these declarations (allowed dependencies only, no cycle among them, no SQL naming another module's schema),
 * so this annotation is the one place where a module's dependencies are decided; the README's module table mirrors it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface ApplicationModule {

    /** The module's name, which is also its root package segment ({@code es.viogen.<name>}). */
    String name();

    /** The database schema the module owns; empty for a module without tables. */
    String schema() default "";

    /** Names of the modules whose {@code api} package this module may use ({@code platform} included explicitly). */
    String[] allowedDependencies() default {};
}
