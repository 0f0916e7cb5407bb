package es.viogen.municipal.api;

import es.viogen.platform.api.Territory;

/** A municipality of the INE registry. */
public record MunicipalityView(String ineCode, String name, String provinceCode, String provinceName, String regionCode,
                               String regionName, int population, boolean integrated) {

    public Territory territory() {
        return new Territory(regionCode, provinceCode, ineCode);
    }
}
