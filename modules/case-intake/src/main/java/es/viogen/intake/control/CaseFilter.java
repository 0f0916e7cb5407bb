package es.viogen.intake.control;

import es.viogen.intake.api.CaseStatus;
import es.viogen.platform.api.RiskLevel;

/** Filters of the case list; nulls mean "any". {@code text}: case number, atestado or a name. */
public record CaseFilter(CaseStatus status, RiskLevel level, Long unitId, String municipalityCode, String text)
        implements java.io.Serializable {

    public static final CaseFilter ANY = new CaseFilter(null, null, null, null, null);
}
