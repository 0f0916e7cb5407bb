package es.viogen.platform.boundary;

import es.viogen.platform.api.MessageBundle;
import es.viogen.platform.api.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The platform's schema and bundle. */
@ApplicationScoped
public class PlatformSchema implements ModuleSchema, MessageBundle {

    @Override
    public String schema() {
        return "platform";
    }

    @Override
    public String location() {
        return "classpath:db/platform";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String baseName() {
        return "es.viogen.platform.messages";
    }
}
