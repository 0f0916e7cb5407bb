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

    /**
     * The place of a municipality given by its 5-digit INE code: the province is the code's first two digits, the
     * autonomous community the one given (municipal's {@code Provinces} holds the province-to-community table).
     *
     * @throws IllegalArgumentException unless the code is five digits
     */
    public static Territory ofIne(String ineCode, String regionCode) {
        if (!isIneCode(ineCode)) {
            throw new IllegalArgumentException("not a 5-digit INE municipality code");
        }
        return new Territory(regionCode, ineCode.substring(0, 2), ineCode);
    }

    /** Whether the text is a 5-digit INE municipality code (format only; the registry knows which exist). */
    public static boolean isIneCode(String ineCode) {
        return ineCode != null && ineCode.length() == 5 && ineCode.chars().allMatch(ch -> ch >= '0' && ch <= '9');
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
