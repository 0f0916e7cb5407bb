package es.viogen.measures.control;

import es.viogen.platform.api.Visibility;

import java.util.ArrayList;
import java.util.List;

/** Turns the actor's {@link Visibility} into a WHERE condition over {@code measures.followed_case}. */
public final class VisibilityFilter {

    private VisibilityFilter() {
    }

    /** A condition and its positional parameters (JDBC {@code ?}), for the case table under {@code alias}. */
    public record Condition(String sql, List<Object> params) {
    }

    public static Condition of(Visibility v, String alias) {
        String a = alias == null || alias.isEmpty() ? "" : alias + ".";
        List<Object> params = new ArrayList<>();
        return switch (v.kind()) {
            case ALL -> new Condition("TRUE", params);
            case NONE -> new Condition("FALSE", params);
            case UNIT -> {
                params.add(v.unitId());
                yield new Condition(a + "unit_id = ?", params);
            }
            case TERRITORY -> {
                List<String> parts = new ArrayList<>();
                if (v.territory().regionCode() != null) {
                    parts.add(a + "region_code = ?");
                    params.add(v.territory().regionCode());
                }
                if (v.territory().provinceCode() != null) {
                    parts.add(a + "province_code = ?");
                    params.add(v.territory().provinceCode());
                }
                if (v.territory().municipalityCode() != null) {
                    parts.add(a + "municipality_code = ?");
                    params.add(v.territory().municipalityCode());
                }
                yield new Condition(parts.isEmpty() ? "TRUE" : String.join(" AND ", parts), params);
            }
        };
    }
}
