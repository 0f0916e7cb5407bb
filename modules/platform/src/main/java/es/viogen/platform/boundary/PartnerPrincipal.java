package es.viogen.platform.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The caller of an API request authenticated by a MicroProfile JWT bearer token. */
public class PartnerPrincipal implements JsonWebToken, Serializable {

    private final String raw;
    private final transient JsonObject claims;

    public PartnerPrincipal(String raw, JsonObject claims) {
        this.raw = raw;
        this.claims = claims;
    }

    /** A partner authenticated by its credentials (SOAP over HTTP Basic) rather than a token. */
    public static PartnerPrincipal of(es.viogen.platform.api.PartnerClients.PartnerClientView client) {
        var b = es.viogen.platform.control.JsonpProvider.JSON.createObjectBuilder()
                .add("sub", client.clientId())
                .add("upn", client.clientId())
                .add("groups", es.viogen.platform.control.JsonpProvider.JSON.createArrayBuilder().add(es.viogen.platform.api.Role.PARTNER_NAME))
                .add("scope", String.join(" ", client.scopes()))
                .add("viogen_org", client.organisation());
        if (client.territory().regionCode() != null) {
            b.add("viogen_region", client.territory().regionCode());
        }
        if (client.territory().provinceCode() != null) {
            b.add("viogen_province", client.territory().provinceCode());
        }
        return new PartnerPrincipal(null, b.build());
    }

    @Override
    public String getName() {
        String upn = claims.getString("upn", null);
        return upn != null ? upn : claims.getString("sub", "unknown");
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        if ("raw_token".equals(claimName)) {
            return (T) raw;
        }
        JsonValue v = claims.get(claimName);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonString s) {
            return (T) s.getString();
        }
        if (v instanceof JsonNumber n) {
            return (T) Long.valueOf(n.longValue());
        }
        if (v instanceof JsonArray a) {
            return (T) a.stream().map(x -> x instanceof JsonString s ? s.getString() : x.toString())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
        return (T) v;
    }

    public Set<String> groups() {
        Set<String> g = getClaim("groups");
        return g == null ? Set.of() : g;
    }

    /** OAuth 2 "scope": space-separated. */
    public Set<String> scopes() {
        String s = claims.getString("scope", "");
        return Arrays.stream(s.split("\\s+")).filter(x -> !x.isBlank()).collect(Collectors.toSet());
    }

    public String regionCode() {
        return claims.getString("viogen_region", null);
    }

    public String provinceCode() {
        return claims.getString("viogen_province", null);
    }

    public String organisation() {
        return claims.getString("viogen_org", getName());
    }
}
