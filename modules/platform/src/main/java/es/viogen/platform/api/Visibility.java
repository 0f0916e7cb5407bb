package es.viogen.platform.api;

/**
 * What the current actor may read, as a filter a repository turns into a WHERE clause:
 * everything, one unit's records, or the records of a territory (region, province or municipality).
 */
public record Visibility(Kind kind, Long unitId, Territory territory) {

    public enum Kind { ALL, UNIT, TERRITORY, NONE }

    public static final Visibility ALL = new Visibility(Kind.ALL, null, null);
    public static final Visibility NONE = new Visibility(Kind.NONE, null, null);

    public static Visibility unit(long unitId) {
        return new Visibility(Kind.UNIT, unitId, null);
    }

    public static Visibility territory(Territory t) {
        return t == null || t.isNational() ? ALL : new Visibility(Kind.TERRITORY, null, t);
    }

    /** Whether a record at {@code location} passes this filter. */
    public boolean admits(RecordLocation location) {
        return switch (kind) {
            case ALL -> true;
            case NONE -> false;
            case UNIT -> location.owningUnitId() != null && location.owningUnitId().equals(unitId);
            case TERRITORY -> territory.contains(location.territory());
        };
    }
}
