package es.viogen.intake.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Positive;

import java.util.List;

/**
 * Everything an intake records in one transaction.
 *
 * @param responsibleUnitId the owning unit; null means the current officer's unit (required for partners, and it
 *                          must lie in the partner's territory)
 */
public record NewCase(@NotNull @Valid NewComplaint complaint, @NotNull @Valid NewVictim victim,
                      @NotNull @Valid NewAggressor aggressor,
                      @Size(max = MAX_MINORS) @Valid List<NewMinor> minors,
                      @Positive Long responsibleUnitId) {

    /** As in the SOAP contract's XSD ({@code maxOccurs="20"}). */
    public static final int MAX_MINORS = 20;

    public NewCase {
        minors = minors == null ? List.of() : List.copyOf(minors);
    }
}
