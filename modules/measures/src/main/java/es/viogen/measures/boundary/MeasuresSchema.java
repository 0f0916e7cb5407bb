package es.viogen.measures.boundary;

import es.viogen.platform.api.MessageBundle;
import es.viogen.platform.api.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** Measures and follow-up's schema and bundle. */
@ApplicationScoped
public class MeasuresSchema implements ModuleSchema, MessageBundle {

    @Override
    public String schema() {
        return "measures";
    }

    @Override
    public String location() {
        return "classpath:db/measures";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String baseName() {
        return "es.viogen.measures.messages";
    }
}
