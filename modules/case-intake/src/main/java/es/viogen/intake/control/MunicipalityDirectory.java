package es.viogen.intake.control;

import es.viogen.municipal.api.Municipalities;
import es.viogen.municipal.api.MunicipalityView;
import es.viogen.platform.api.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Municipalities through the municipal module's {@link Municipalities} when it is deployed; otherwise (or if it
 * fails) only the 5-digit INE format is checked, so intake works on its own.
 */
@ApplicationScoped
public class MunicipalityDirectory {

    private static final Logger LOG = Logger.getLogger(MunicipalityDirectory.class.getName());

    @Inject
    @Any
    Instance<Municipalities> municipalities;

    public boolean known(String ineCode) {
        if (!IntakeValidation.isIneFormat(ineCode)) {
            return false;
        }
        Optional<Optional<MunicipalityView>> registry = lookup(ineCode);
        return registry.map(Optional::isPresent).orElse(true);
    }

    public Optional<String> name(String ineCode) {
        return lookup(ineCode).flatMap(o -> o).map(MunicipalityView::name);
    }

    /** The municipality's territory; without the registry, the province from the code and the region given. */
    public Territory territory(String ineCode, String fallbackRegion) {
        return lookup(ineCode).flatMap(o -> o).map(MunicipalityView::territory)
                .orElseGet(() -> new Territory(fallbackRegion, ineCode.substring(0, 2), ineCode));
    }

    /** Empty when the registry is unavailable; otherwise the registry's answer. */
    private Optional<Optional<MunicipalityView>> lookup(String ineCode) {
        if (ineCode == null || !municipalities.isResolvable()) {
            return Optional.empty();
        }
        try {
            return Optional.of(municipalities.get().find(ineCode));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Municipality registry unavailable; checking the INE format only", e);
            return Optional.empty();
        }
    }
}
