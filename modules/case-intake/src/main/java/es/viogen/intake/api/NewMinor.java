package es.viogen.intake.api;

/** A minor in the victim's care. */
public record NewMinor(String firstName, int age, boolean commonChild, String custodyArrangement, String school) {
}
