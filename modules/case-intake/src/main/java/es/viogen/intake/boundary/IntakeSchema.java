package es.viogen.intake.boundary;

import es.viogen.platform.api.MessageBundle;
import es.viogen.platform.api.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** Case intake's schema and bundle. */
@ApplicationScoped
public class IntakeSchema implements ModuleSchema, MessageBundle {

    @Override
    public String schema() {
        return "intake";
    }

    @Override
    public String location() {
        return "classpath:db/intake";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String baseName() {
        return "es.viogen.intake.messages";
    }
}
