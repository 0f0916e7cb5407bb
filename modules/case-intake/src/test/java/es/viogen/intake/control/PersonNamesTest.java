package es.viogen.intake.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonNamesTest {

    @Test
    void keysIgnoreAccentsCaseAndPunctuation() {
        assertEquals("maria jose perez garcia", PersonNames.key("María José", "Pérez-García", null).replace("  ", " "));
        assertEquals(PersonNames.key("MARÍA", "PÉREZ", "GIL"), PersonNames.key("maria", "perez", "gil"));
    }

    @Test
    void similarNamesMatchAndDifferentOnesDoNot() {
        String a = PersonNames.key("Lucía", "Herrero", "Pastor");
        assertEquals(1.0, PersonNames.similarity(a, PersonNames.key("LUCIA", "HERRERO", "PASTOR")));
        assertTrue(PersonNames.similarity(a, PersonNames.key("Lucia", "Herrera", "Pastor")) >= PersonNames.MATCH_THRESHOLD);
        assertTrue(PersonNames.similarity(a, PersonNames.key("Lucia", "Herrero", null)) >= PersonNames.MATCH_THRESHOLD);
        assertTrue(PersonNames.similarity(a, PersonNames.key("Marta", "Santos", "Gil")) < PersonNames.MATCH_THRESHOLD);
    }
}
