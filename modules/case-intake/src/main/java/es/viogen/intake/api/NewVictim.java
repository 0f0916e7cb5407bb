package es.viogen.intake.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import es.viogen.platform.api.PlainText;

/** The victim; {@code addressProtected} hides the address from everyone but the responsible unit. */
public record NewVictim(@NotNull @Valid PersonIdentity identity, @Size(max = 60) @PlainText String language,
                        boolean interpreterNeeded, @Size(max = 200) @PlainText String safeContactChannel,
                        @Size(max = 100) @PlainText String safeCallWindow, @Size(max = 30) @PlainText
                        @Pattern(regexp = PHONE, message = "{intake.validation.phone}") String phone,
                        @Size(max = 300) @PlainText String address, boolean addressProtected) {

    /** Digits, spaces, +, parentheses and dashes (6 to 30); blank means no phone. */
    public static final String PHONE = "\\s*|[+0-9 ()-]{6,30}";
}
