package es.viogen.municipal.control;

import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryCsvTest {

    private static final String HEADER = "ine_code,name,name_ine,province_code,province_name,ccaa_code,ccaa_name,population,"
            + "population_year,lat,lon,seat\n";

    private static List<RegistryRow> read(String csv) {
        return RegistryCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<FieldError> refused(String csv) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> read(csv));
        e.fieldErrors().forEach(fe -> assertEquals("file", fe.field()));
        return e.fieldErrors();
    }

    @Test
    void theBundledSpainFileHasAll8132Municipalities() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("es/viogen/municipal/registry/municipios-es.csv")) {
            assertNotNull(in);
            List<RegistryRow> rows = RegistryCsv.read(in);
            assertEquals(8132, rows.size());
            assertTrue(rows.stream().allMatch(r -> r.lat() != null && r.lon() != null), "every code has coordinates");
        }
    }

    @Test
    void theBundledCastillaYLeonFileHas2248MunicipalitiesWith2025Figures() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("es/viogen/municipal/registry/municipios-cyl.csv")) {
            List<RegistryRow> rows = RegistryCsv.read(in);
            assertEquals(2248, rows.size());
            RegistryRow robla = rows.stream().filter(r -> r.ineCode().equals("24134")).findFirst().orElseThrow();
            assertEquals("La Robla", robla.name(), "quoted INE name column handled");
            assertEquals("Robla, La", robla.nameIne());
            assertEquals(2025, robla.populationYear());
            assertEquals(61, rows.stream().filter(r -> r.population() > 5000).count());
        }
    }

    @Test
    void aValidRowIsRead() {
        List<RegistryRow> rows = read(HEADER + "47075,Íscar,Íscar,47,Valladolid,07,Castilla y León,6493,2025,41.36,-4.53,Íscar\n");
        assertEquals(1, rows.size());
        assertEquals(6493, rows.get(0).population());
        assertEquals("07", rows.get(0).regionCode());
    }

    @Test
    void aWrongHeaderIsRefusedNamingTheMissingColumns() {
        List<FieldError> errors = refused("code,name,population\n47075,Íscar,6493\n");
        assertEquals("municipal.import.header", errors.get(0).messageKey());
        assertTrue(errors.get(0).args().get(0).toString().contains("ine_code"));
    }

    @Test
    void aBadIneCodeIsRefusedWithItsLine() {
        List<FieldError> errors = refused(HEADER + "4707A,Íscar,Íscar,47,Valladolid,07,Castilla y León,6493,2025,41.36,-4.53,Íscar\n");
        assertEquals("municipal.import.badIne", errors.get(0).messageKey());
        assertEquals(2, errors.get(0).args().get(0));
    }

    @Test
    void aCodeOutsideItsProvinceIsRefused() {
        assertEquals("municipal.import.ineProvince", refused(HEADER
                + "24075,Íscar,Íscar,47,Valladolid,07,Castilla y León,6493,2025,41.36,-4.53,Íscar\n").get(0).messageKey());
    }

    @Test
    void aDuplicateIsRefused() {
        String row = "47075,Íscar,Íscar,47,Valladolid,07,Castilla y León,6493,2025,41.36,-4.53,Íscar\n";
        List<FieldError> errors = refused(HEADER + row + row);
        assertEquals("municipal.import.duplicate", errors.get(0).messageKey());
        assertEquals(3, errors.get(0).args().get(0));
    }

    @Test
    void aNonNumericPopulationIsRefused() {
        assertEquals("municipal.import.badPopulation", refused(HEADER
                + "47075,Íscar,Íscar,47,Valladolid,07,Castilla y León,seis mil,2025,41.36,-4.53,Íscar\n").get(0).messageKey());
        assertEquals("municipal.import.badPopulation", refused(HEADER
                + "47075,Íscar,Íscar,47,Valladolid,07,Castilla y León,-5,2025,41.36,-4.53,Íscar\n").get(0).messageKey());
    }

    @Test
    void oneBadRowAmongGoodOnesRefusesTheWholeFile() {
        String good = "47075,Íscar,Íscar,47,Valladolid,07,Castilla y León,6493,2025,41.36,-4.53,Íscar\n";
        String bad = "47112,Pedrajas de San Esteban,Pedrajas de San Esteban,47,Valladolid,07,Castilla y León,3.434,2025,41.3,-4.5,Pedrajas\n";
        assertEquals(1, refused(HEADER + good + bad).size());
    }

    @Test
    void emptyAndHeaderOnlyFilesAreRefused() {
        assertEquals("municipal.import.empty", refused("").get(0).messageKey());
        assertEquals("municipal.import.noRows", refused(HEADER).get(0).messageKey());
    }

    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaksAreRead() {
        String row = "47075,\"Íscar, villa\",\"Íscar \"\"la\"\"\nvilla\",47,Valladolid,07,Castilla y León,6493,2025,41.36,-4.53,Íscar\n";
        List<RegistryRow> rows = read(HEADER + row);
        assertEquals(1, rows.size());
        assertEquals("Íscar, villa", rows.get(0).name());
        assertEquals("Íscar \"la\"\nvilla", rows.get(0).nameIne());
    }

    @Test
    void errorsNameTheLineWhereTheirRecordStarts() {
        String quotedBreak = "47075,\"Íscar\nvilla\",Íscar,47,Valladolid,07,Castilla y León,6493,2025,41.36,-4.53,Íscar\n";
        String bad = "47112,Pedrajas,Pedrajas,47,Valladolid,07,Castilla y León,3.434,2025,41.3,-4.5,Pedrajas\n";
        List<FieldError> errors = refused(HEADER + quotedBreak + bad);
        assertEquals(1, errors.size());
        assertEquals(4, errors.get(0).args().get(0), "header 1, first record lines 2-3, the bad one line 4");
    }
}
