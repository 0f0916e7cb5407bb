package es.viogen.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source (PostgreSQL), defined by the app rather than taken from the server (whose default
 * is a throw-away H2). Values come from MicroProfile Config: {@code viogen.db.url}, {@code viogen.db.user},
 * {@code viogen.db.password} (environment: {@code VIOGEN_DB_URL}, {@code VIOGEN_DB_USER}, {@code VIOGEN_DB_PASSWORD}).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/viogen",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=viogen.db.url}",
        user = "${MPCONFIG=viogen.db.user}",
        password = "${MPCONFIG=viogen.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        initialPoolSize = 2,
        maxIdleTime = 300,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                // a connection is checked at most every 10 s, not at each use (each check is a round trip); a
                // connection that died since is destroyed by the pool at its first error
                "fish.payara.validate-atmost-once-period-in-seconds=10",
                // ... and on such an error the pool drops all its connections (after a database restart, one
                // request fails instead of one per pooled connection)
                "fish.payara.fail-all-connections=true",
                "ApplicationName=viogen"
        })
@ApplicationScoped
public class ViogenDataSource {
}
