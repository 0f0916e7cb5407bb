package es.viogen.partners.control;

import jakarta.enterprise.inject.Instance;

/** Resolves another module's implementation, or refuses with {@link ServiceUnavailable} while none is deployed. */
public final class Available {

    private Available() {
    }

    public static <T> T of(Instance<T> instance) {
        if (instance.isUnsatisfied() || instance.isAmbiguous()) {
            throw new ServiceUnavailable();
        }
        return instance.get();
    }
}
