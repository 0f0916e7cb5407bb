package es.viogen.measures.control;

import es.viogen.platform.api.Territory;
import es.viogen.platform.api.UnitKind;
import es.viogen.platform.api.UnitView;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/** Territory facts: the autonomous community (INE CCAA code) of each province, and the regional unit of a place. */
public final class Regions {

    private static final Map<String, String> REGION_OF_PROVINCE = Map.ofEntries(
            Map.entry("04", "01"), Map.entry("11", "01"), Map.entry("14", "01"), Map.entry("18", "01"),
            Map.entry("21", "01"), Map.entry("23", "01"), Map.entry("29", "01"), Map.entry("41", "01"),
            Map.entry("22", "02"), Map.entry("44", "02"), Map.entry("50", "02"),
            Map.entry("33", "03"), Map.entry("07", "04"), Map.entry("35", "05"), Map.entry("38", "05"),
            Map.entry("39", "06"),
            Map.entry("05", "07"), Map.entry("09", "07"), Map.entry("24", "07"), Map.entry("34", "07"),
            Map.entry("37", "07"), Map.entry("40", "07"), Map.entry("42", "07"), Map.entry("47", "07"),
            Map.entry("49", "07"),
            Map.entry("02", "08"), Map.entry("13", "08"), Map.entry("16", "08"), Map.entry("19", "08"),
            Map.entry("45", "08"),
            Map.entry("08", "09"), Map.entry("17", "09"), Map.entry("25", "09"), Map.entry("43", "09"),
            Map.entry("03", "10"), Map.entry("12", "10"), Map.entry("46", "10"),
            Map.entry("06", "11"), Map.entry("10", "11"),
            Map.entry("15", "12"), Map.entry("27", "12"), Map.entry("32", "12"), Map.entry("36", "12"),
            Map.entry("28", "13"), Map.entry("30", "14"), Map.entry("31", "15"),
            Map.entry("01", "16"), Map.entry("20", "16"), Map.entry("48", "16"),
            Map.entry("26", "17"), Map.entry("51", "18"), Map.entry("52", "19"));

    private Regions() {
    }

    /** The territory of a municipality given by its 5-digit INE code (null parts when unknown). */
    public static Territory ofMunicipality(String ineCode) {
        if (ineCode == null || ineCode.length() != 5) {
            return Territory.NATIONAL;
        }
        String province = ineCode.substring(0, 2);
        return new Territory(REGION_OF_PROVINCE.get(province), province, ineCode);
    }

    /**
     * The regional coordination unit whose territory contains {@code place}; the narrowest one if several do
     * (a province's office before the region's).
     */
    public static Optional<UnitView> regionalUnitFor(Territory place, Collection<UnitView> units) {
        return units.stream()
                .filter(u -> u.active() && u.kind() == UnitKind.REGIONAL_COORDINATION)
                .filter(u -> u.territory() != null && !u.territory().isNational() && u.territory().contains(place))
                .max(Comparator.comparingInt(u -> narrowness(u.territory())));
    }

    private static int narrowness(Territory t) {
        return (t.regionCode() != null ? 1 : 0) + (t.provinceCode() != null ? 1 : 0) + (t.municipalityCode() != null ? 1 : 0);
    }
}
