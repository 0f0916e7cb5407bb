package es.viogen.intake.control;

import es.viogen.municipal.api.Municipalities;
import es.viogen.municipal.api.MunicipalityView;
import es.viogen.municipal.api.Provinces;
import es.viogen.platform.api.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Municipalities through the municipal module's registry ({@link Municipalities}): whether a code exists, its name and
 * its place (the registry's row; a code the registry does not hold gets its province from the code and its
 * community from municipal's {@link Provinces} table).
 */
@ApplicationScoped
public class MunicipalityDirectory {

    @Inject
    Municipalities municipalities;

    public boolean known(String ineCode) {
        return IntakeValidation.isIneFormat(ineCode) && municipalities.find(ineCode).isPresent();
    }

    public Optional<String> name(String ineCode) {
        return ineCode == null ? Optional.empty() : municipalities.find(ineCode).map(MunicipalityView::name);
    }

    /** The municipality's territory. */
    public Territory territory(String ineCode) {
        return municipalities.find(ineCode).map(MunicipalityView::territory)
                .orElseGet(() -> Provinces.territoryOf(ineCode));
    }
}
