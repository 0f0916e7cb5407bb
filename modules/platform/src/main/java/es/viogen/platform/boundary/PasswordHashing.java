package es.viogen.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * The PBKDF2 parameters used for people's passwords and partners' secrets (PBKDF2WithHmacSHA256, 100 000 iterations,
 * 32-byte salt and key). Hashes carry their parameters, so raising them later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHashing {

    /** A valid hash of nothing anyone knows, verified against when the user is unknown (same timing). */
    static final String DUMMY_HASH =
            "PBKDF2WithHmacSHA256:100000:c2FsdHNhbHRzYWx0c2FsdHNhbHRzYWx0c2FsdHNhbHQ=:"
                    + "bm90IGEgcmVhbCBoYXNoIG5vdCBhIHJlYWwgaGFzaCE=";

    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "100000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Produces
    @Dependent
    @Configured
    Pbkdf2PasswordHash configured(Pbkdf2PasswordHash plain) {
        plain.initialize(PARAMETERS);
        return plain;
    }
}
