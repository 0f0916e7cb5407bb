package es.viogen.intake.api;

public record NewAggressor(PersonIdentity identity, Relationship relationship, boolean cohabiting,
                           boolean weaponsLicence, boolean whereaboutsKnown) {
}
