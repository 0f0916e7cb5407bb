package es.viogen.risk.boundary;

import es.viogen.platform.api.MessageBundle;
import es.viogen.platform.api.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** Risk assessment's schema and bundle. */
@ApplicationScoped
public class RiskSchema implements ModuleSchema, MessageBundle {

    @Override
    public String schema() {
        return "risk";
    }

    @Override
    public String location() {
        return "classpath:db/risk";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String baseName() {
        return "es.viogen.risk.messages";
    }
}
