package es.viogen.platform.api;

import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one translation of a {@link Visibility} into a query condition, for JPQL and for SQL, over a record's standard
 * territory columns: the owning unit, the autonomous community (region), the province and the municipality (INE
 * codes, see {@link Territory}). Values are always bound parameters; only the column names given by the calling
 * module (code, never input) are written into the text.
 * <p>
 * It admits exactly what {@link Visibility#admits(RecordLocation)} admits: {@code ALL} everything, {@code NONE}
 * nothing (administrators, anonymous), {@code UNIT} the records the unit owns, {@code TERRITORY} the records whose
 * region, province and municipality equal each part the territory names. A record whose column is NULL, or a table
 * without the column (null name), is outside any territory that names that part.
 */
public final class ScopePredicate {

    private ScopePredicate() {
    }

    /**
     * Where a table or entity keeps its territory: column (SQL) or attribute path (JPQL) names, each may be null
     * when the record does not have it.
     */
    public record Columns(String unit, String region, String province, String municipality) {

        /** The standard SQL columns {@code unit_id, region_code, province_code, municipality_code} under an alias. */
        public static Columns sql(String alias) {
            String a = prefix(alias);
            return new Columns(a + "unit_id", a + "region_code", a + "province_code", a + "municipality_code");
        }

        /** The standard entity attributes {@code unitId, regionCode, provinceCode, municipalityCode} of an alias. */
        public static Columns jpql(String alias) {
            String a = prefix(alias);
            return new Columns(a + "unitId", a + "regionCode", a + "provinceCode", a + "municipalityCode");
        }

        private static String prefix(String alias) {
            return alias == null || alias.isEmpty() ? "" : alias + ".";
        }
    }

    /** An SQL condition with JDBC-style {@code ?} placeholders and their values in order. */
    public record Sql(String text, List<Object> params) {
        public Sql {
            params = List.copyOf(params);
        }
    }

    /** A JPQL condition with named parameters ({@code :scopeUnit} ...) and their values. */
    public record Jpql(String text, Map<String, Object> params) {
        public Jpql {
            params = Map.copyOf(params);
        }

        /** Binds this condition's parameters on a query whose text contains {@link #text()}. */
        public <Q extends Query> Q bind(Q query) {
            params.forEach(query::setParameter);
            return query;
        }
    }

    public static Sql sql(Visibility v, Columns c) {
        List<Object> params = new ArrayList<>();
        String text = condition(v, c, (column, value) -> {
            params.add(value);
            return column + " = ?";
        });
        return new Sql(text, params);
    }

    public static Jpql jpql(Visibility v, Columns c) {
        Map<String, Object> params = new LinkedHashMap<>();
        String text = condition(v, c, (column, value) -> {
            String name = "scope" + (params.size() + 1);
            params.put(name, value);
            return column + " = :" + name;
        });
        return new Jpql(text, params);
    }

    private interface Binder {
        String equal(String column, Object value);
    }

    private static String condition(Visibility v, Columns c, Binder bind) {
        return switch (v.kind()) {
            case ALL -> "1 = 1";
            case NONE -> "1 = 0";
            case UNIT -> c.unit() == null || v.unitId() == null ? "1 = 0" : bind.equal(c.unit(), v.unitId());
            case TERRITORY -> {
                Territory t = v.territory();
                if (missing(c.region(), t.regionCode()) || missing(c.province(), t.provinceCode())
                        || missing(c.municipality(), t.municipalityCode())) {
                    yield "1 = 0";
                }
                List<String> parts = new ArrayList<>();
                part(parts, c.region(), t.regionCode(), bind);
                part(parts, c.province(), t.provinceCode(), bind);
                part(parts, c.municipality(), t.municipalityCode(), bind);
                yield parts.isEmpty() ? "1 = 1" : "(" + String.join(" AND ", parts) + ")";
            }
        };
    }

    /** The territory names a part the record has no column for: nothing of it lies inside. */
    private static boolean missing(String column, String value) {
        return value != null && column == null;
    }

    private static void part(List<String> parts, String column, String value, Binder bind) {
        if (value != null) {
            parts.add(bind.equal(column, value));
        }
    }
}
