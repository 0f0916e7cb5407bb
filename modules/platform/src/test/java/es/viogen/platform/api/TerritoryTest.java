package es.viogen.platform.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerritoryTest {

    @Test
    void containment() {
        Territory iscar = new Territory("07", "47", "47075");
        assertTrue(Territory.NATIONAL.contains(iscar));
        assertTrue(Territory.region("07").contains(iscar));
        assertTrue(Territory.province("07", "47").contains(iscar));
        assertFalse(Territory.province("07", "24").contains(iscar));
        assertTrue(iscar.contains(iscar));
        assertFalse(iscar.contains(new Territory("07", "47", "47186")));
        assertFalse(iscar.contains(null));
    }

    @Test
    void aMunicipalitysIneCodeGivesItsProvince() {
        assertEquals(new Territory("07", "47", "47075"), Territory.ofIne("47075", "07"));
        assertEquals(new Territory(null, "28", "28079"), Territory.ofIne("28079", null));
        assertThrows(IllegalArgumentException.class, () -> Territory.ofIne("4707", "07"));
        assertThrows(IllegalArgumentException.class, () -> Territory.ofIne("47O75", "07"));
        assertThrows(IllegalArgumentException.class, () -> Territory.ofIne(null, "07"));
        assertFalse(Territory.isIneCode("470750"));
    }
}
