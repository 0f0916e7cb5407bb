package es.viogen.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** People's accounts in the platform schema, with PBKDF2 hashes and lockout. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    LoginAttempts attempts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return attempts.check(credential.getCaller(), credential.getPasswordAsString());
    }
}
