package es.viogen.platform.boundary;

import es.viogen.platform.api.RuntimeMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code viogen.mode}: {@code demo} (run command) or {@code production} (the default). */
@ApplicationScoped
public class Mode implements RuntimeMode {

    @Inject
    @ConfigProperty(name = "viogen.mode", defaultValue = "production")
    String mode;

    @Override
    public boolean isDemo() {
        return "demo".equalsIgnoreCase(mode);
    }
}
