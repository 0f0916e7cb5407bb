package es.viogen.municipal.control;

import org.junit.jupiter.api.Test;

import static es.viogen.municipal.control.Eligibility.Discrepancy.ELIGIBLE_EXCLUDED;
import static es.viogen.municipal.control.Eligibility.Discrepancy.ELIGIBLE_NOT_IN_PROGRAMME;
import static es.viogen.municipal.control.Eligibility.Discrepancy.IN_PROGRAMME_NO_LOCAL_POLICE;
import static es.viogen.municipal.control.Eligibility.Discrepancy.IN_PROGRAMME_UNDER_THRESHOLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityTest {

    @Test
    void overFiveThousandWithLocalPoliceIsEligible() {
        assertTrue(Eligibility.eligible(6493, true), "Íscar 2025");
        assertTrue(Eligibility.eligible(5001, true));
    }

    @Test
    void exactlyFiveThousandIsNotOverTheThreshold() {
        assertFalse(Eligibility.eligible(5000, true));
    }

    @Test
    void withoutLocalPoliceNoneIsEligible() {
        assertFalse(Eligibility.eligible(302614, false));
    }

    @Test
    void aProgrammeTownUnderTheThresholdIsADiscrepancy() {
        // Cacabelos: 4,734 inhabitants in 2025, pending in the programme
        assertEquals(IN_PROGRAMME_UNDER_THRESHOLD, Eligibility.compare(4734, true, true));
        assertEquals(IN_PROGRAMME_UNDER_THRESHOLD, Eligibility.compare(4734, false, true));
    }

    @Test
    void aProgrammeTownWithoutLocalPoliceIsADiscrepancy() {
        assertEquals(IN_PROGRAMME_NO_LOCAL_POLICE, Eligibility.compare(8041, false, true));
    }

    @Test
    void anEligibleTownOffTheListOrExcludedIsADiscrepancy() {
        assertEquals(ELIGIBLE_NOT_IN_PROGRAMME, Eligibility.compare(8041, true, null));
        assertEquals(ELIGIBLE_EXCLUDED, Eligibility.compare(8041, true, false));
    }

    @Test
    void ruleAndListAgreeGiveNoDiscrepancy() {
        assertNull(Eligibility.compare(8041, true, true));
        assertNull(Eligibility.compare(300, false, null));
        assertNull(Eligibility.compare(300, true, false));
        assertNull(Eligibility.compare(9000, false, null));
    }
}
