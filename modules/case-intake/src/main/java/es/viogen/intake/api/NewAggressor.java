package es.viogen.intake.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

public record NewAggressor(@NotNull @Valid PersonIdentity identity, @NotNull Relationship relationship, boolean cohabiting,
                           boolean weaponsLicence, boolean whereaboutsKnown) {
}
