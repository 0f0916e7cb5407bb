package es.viogen.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when startup (migrations, demo data) has finished and the database answers. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    PlatformStartup startup;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("viogen-database");
        if (!startup.isStarted()) {
            return builder.down().withData("startup", startup.failure() == null ? "in progress" : "failed").build();
        }
        return startup.databaseAnswers() ? builder.up().build() : builder.down().withData("database", "unreachable").build();
    }
}
