package es.viogen.intake.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import es.viogen.platform.api.PlainText;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;

/** A minor in the victim's care. */
public record NewMinor(@NotBlank @Size(max = 100) @PlainText String firstName,
                       @Min(value = 0, message = "{intake.validation.minor.age}")
                       @Max(value = 17, message = "{intake.validation.minor.age}") int age,
                       boolean commonChild, @Size(max = 300) @PlainText String custodyArrangement,
                       @Size(max = 200) @PlainText String school) {
}
