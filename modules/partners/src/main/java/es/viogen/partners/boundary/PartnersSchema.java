package es.viogen.partners.boundary;

import es.viogen.platform.api.MessageBundle;
import es.viogen.platform.api.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The partners module's schema and bundle. */
@ApplicationScoped
public class PartnersSchema implements ModuleSchema, MessageBundle {

    @Override
    public String schema() {
        return "partners";
    }

    @Override
    public String location() {
        return "classpath:db/partners";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String baseName() {
        return "es.viogen.partners.messages";
    }
}
