package es.viogen.municipal.boundary;

import es.viogen.platform.api.MessageBundle;
import es.viogen.platform.api.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** Municipal integration's schema and bundle. */
@ApplicationScoped
public class MunicipalSchema implements ModuleSchema, MessageBundle {

    @Override
    public String schema() {
        return "municipal";
    }

    @Override
    public String location() {
        return "classpath:db/municipal";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String baseName() {
        return "es.viogen.municipal.messages";
    }
}
