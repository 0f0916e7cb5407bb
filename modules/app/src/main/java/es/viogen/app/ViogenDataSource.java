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
                "ApplicationName=viogen"
        })
@ApplicationScoped
public class ViogenDataSource {
}
