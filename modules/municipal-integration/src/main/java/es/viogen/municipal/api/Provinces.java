package es.viogen.municipal.api;

import es.viogen.platform.api.Territory;

import java.util.Map;
import java.util.Optional;

/**
 * The one province-to-autonomous-community table (INE province code to INE CCAA code), for places the registry does
 * not hold (yet): the registry's own rows carry their community.
 */
public final class Provinces {

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

    /** INE province names (the registry's {@code province_name}, INE Nomenclátor 2024). */
    private static final Map<String, String> NAME_OF_PROVINCE = Map.ofEntries(
            Map.entry("01", "Araba/Álava"), Map.entry("02", "Albacete"), Map.entry("03", "Alicante/Alacant"),
            Map.entry("04", "Almería"), Map.entry("05", "Ávila"), Map.entry("06", "Badajoz"),
            Map.entry("07", "Balears, Illes"), Map.entry("08", "Barcelona"), Map.entry("09", "Burgos"),
            Map.entry("10", "Cáceres"), Map.entry("11", "Cádiz"), Map.entry("12", "Castellón/Castelló"),
            Map.entry("13", "Ciudad Real"), Map.entry("14", "Córdoba"), Map.entry("15", "Coruña, A"),
            Map.entry("16", "Cuenca"), Map.entry("17", "Girona"), Map.entry("18", "Granada"),
            Map.entry("19", "Guadalajara"), Map.entry("20", "Gipuzkoa"), Map.entry("21", "Huelva"),
            Map.entry("22", "Huesca"), Map.entry("23", "Jaén"), Map.entry("24", "León"), Map.entry("25", "Lleida"),
            Map.entry("26", "Rioja, La"), Map.entry("27", "Lugo"), Map.entry("28", "Madrid"),
            Map.entry("29", "Málaga"), Map.entry("30", "Murcia"), Map.entry("31", "Navarra"),
            Map.entry("32", "Ourense"), Map.entry("33", "Asturias"), Map.entry("34", "Palencia"),
            Map.entry("35", "Palmas, Las"), Map.entry("36", "Pontevedra"), Map.entry("37", "Salamanca"),
            Map.entry("38", "Santa Cruz de Tenerife"), Map.entry("39", "Cantabria"), Map.entry("40", "Segovia"),
            Map.entry("41", "Sevilla"), Map.entry("42", "Soria"), Map.entry("43", "Tarragona"),
            Map.entry("44", "Teruel"), Map.entry("45", "Toledo"), Map.entry("46", "Valencia/València"),
            Map.entry("47", "Valladolid"), Map.entry("48", "Bizkaia"), Map.entry("49", "Zamora"),
            Map.entry("50", "Zaragoza"), Map.entry("51", "Ceuta"), Map.entry("52", "Melilla"));

    private Provinces() {
    }

    /** The autonomous community (INE CCAA code) of a province (INE code, two digits). */
    public static Optional<String> regionOf(String provinceCode) {
        return Optional.ofNullable(provinceCode == null ? null : REGION_OF_PROVINCE.get(provinceCode));
    }

    /** The official name of a province (INE code, two digits), e.g. «Valladolid» for {@code 47}. */
    public static Optional<String> nameOf(String provinceCode) {
        return Optional.ofNullable(provinceCode == null ? null : NAME_OF_PROVINCE.get(provinceCode));
    }

    /** The province's name, or its code when it is not a province (never blank). */
    public static String label(String provinceCode) {
        return nameOf(provinceCode).orElse(provinceCode == null ? "" : provinceCode);
    }

    /** The place of a municipality from its INE code alone; {@link Territory#NATIONAL} unless it is five digits. */
    public static Territory territoryOf(String ineCode) {
        if (!Territory.isIneCode(ineCode)) {
            return Territory.NATIONAL;
        }
        return Territory.ofIne(ineCode, regionOf(ineCode.substring(0, 2)).orElse(null));
    }
}
