package es.viogen.municipal.control;

/** One municipality as read from a registry CSV file. */
public record RegistryRow(String ineCode, String name, String nameIne, String provinceCode, String provinceName,
                          String regionCode, String regionName, int population, int populationYear, Double lat,
                          Double lon, String seat) {
}
