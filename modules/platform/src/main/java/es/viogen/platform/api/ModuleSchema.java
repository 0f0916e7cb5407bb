package es.viogen.platform.api;

/**
 * A module's database schema and the classpath location of its Flyway migrations. Each module provides one as an
 * application-scoped CDI bean; the platform migrates them in {@link #order()} at startup.
 */
public interface ModuleSchema {

    String schema();

    /** e.g. {@code classpath:db/intake} */
    String location();

    /** Lower first: platform 0, municipal 10, intake 20, risk 30, measures 40, partners 50. */
    int order();
}
