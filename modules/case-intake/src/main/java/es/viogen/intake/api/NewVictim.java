package es.viogen.intake.api;

/** The victim; {@code addressProtected} hides the address from everyone but the responsible unit. */
public record NewVictim(PersonIdentity identity, String language, boolean interpreterNeeded, String safeContactChannel,
                        String safeCallWindow, String phone, String address, boolean addressProtected) {
}
