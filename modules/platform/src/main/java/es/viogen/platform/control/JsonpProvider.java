package es.viogen.platform.control;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. Each static {@code jakarta.json.Json.createXxx} call looks the provider up
 * again through {@link java.util.ServiceLoader}, which scans the class path's jars: in the profile of a complaint
 * registration that was 6 % of a request's CPU (the body gate's well-formedness check and parse, the token's claims).
 * Use this on every request path.
 */
public final class JsonpProvider {

    /** Thread-safe: a provider only creates readers, parsers, builders and factories. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonpProvider() {
    }
}
