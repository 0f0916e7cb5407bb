package es.viogen.risk.control;

import es.viogen.intake.api.CaseSummary;
import es.viogen.platform.api.ScopePredicate;
import es.viogen.platform.api.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Where each case sits ({@code risk.case_place}), kept from intake's {@link CaseSummary}: risk's lists are scoped by
 * the case's place, as intake's case list is, with the owing unit of each row as the unit.
 */
@ApplicationScoped
public class CasePlaces {

    /** Joins the place of the case whose id follows (e.g. {@code JOIN + "a.case_id"}). */
    static final String JOIN = "LEFT JOIN risk.case_place p ON p.case_id = ";

    @PersistenceContext(unitName = "risk")
    EntityManager em;

    /** The scope columns of a risk row under {@code alias} (its {@code unit_id}) and of its case's place. */
    static ScopePredicate.Columns columns(String alias) {
        return new ScopePredicate.Columns(alias + ".unit_id", "p.region_code", "p.province_code", "p.municipality_code");
    }

    /** Records (or corrects) where the case sits. */
    public void record(CaseSummary c) {
        Territory t = c.territory() == null ? Territory.NATIONAL : c.territory();
        em.createNativeQuery("INSERT INTO risk.case_place (case_id, region_code, province_code, municipality_code) "
                        + "VALUES (?1, CAST(?2 AS VARCHAR), CAST(?3 AS VARCHAR), CAST(?4 AS VARCHAR)) ON CONFLICT (case_id) "
                        + "DO UPDATE SET region_code = EXCLUDED.region_code, province_code = EXCLUDED.province_code, "
                        + "municipality_code = EXCLUDED.municipality_code, recorded_at = now()")
                .setParameter(1, c.caseId()).setParameter(2, t.regionCode()).setParameter(3, t.provinceCode())
                .setParameter(4, t.municipalityCode()).executeUpdate();
    }
}
