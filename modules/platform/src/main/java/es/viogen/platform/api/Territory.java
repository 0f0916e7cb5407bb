package es.viogen.platform.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * Where a unit, a partner or a record sits: autonomous community (INE CCAA code, e.g. {@code 07} Castilla y León),
 * province (INE, e.g. {@code 47}) and municipality (5-digit INE code). Narrower parts may be null.
 */
public record Territory(String regionCode, String provinceCode, String municipalityCode) implements Serializable {

    public static final Territory NATIONAL = new Territory(null, null, null);

    public static Territory region(String regionCode) {
        return new Territory(regionCode, null, null);
    }

    public static Territory province(String regionCode, String provinceCode) {
        return new Territory(regionCode, provinceCode, null);
    }

    /** Whether {@code other} lies inside this territory (a national territory contains everything). */
    public boolean contains(Territory other) {
        if (other == null) {
            return false;
        }
        if (regionCode != null && !regionCode.equals(other.regionCode)) {
            return false;
        }
        if (provinceCode != null && !provinceCode.equals(other.provinceCode)) {
            return false;
        }
        return municipalityCode == null || municipalityCode.equals(other.municipalityCode);
    }

    public boolean isNational() {
        return regionCode == null && provinceCode == null && municipalityCode == null;
    }

    @Override
    public String toString() {
        return Objects.toString(regionCode, "*") + "/" + Objects.toString(provinceCode, "*") + "/"
                + Objects.toString(municipalityCode, "*");
    }
}
