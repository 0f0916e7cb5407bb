package es.viogen.measures.ui;

import es.viogen.measures.boundary.FollowUpService;
import es.viogen.platform.api.Texts;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The region's dashboard: active cases by level and province, overdue rate per unit (within the user's scope). */
@Named
@ViewScoped
public class RegionDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FollowUpService followUp;

    @Inject
    Units units;

    @Inject
    Texts texts;

    private transient List<FollowUpService.ProvinceLevelCount> byProvince;
    private transient List<FollowUpService.UnitOverdueRate> rates;
    private transient List<UnitDashboardBacking.Bar> bars;

    public List<FollowUpService.ProvinceLevelCount> getByProvince() {
        if (byProvince == null) {
            byProvince = followUp.activeByProvinceAndLevel();
        }
        return byProvince;
    }

    public List<FollowUpService.UnitOverdueRate> getRates() {
        if (rates == null) {
            rates = followUp.overdueRatePerUnit();
        }
        return rates;
    }

    public List<UnitDashboardBacking.Bar> getBars() {
        if (bars == null) {
            bars = UnitDashboardBacking.bars(followUp.casesByLevel(null), texts);
        }
        return bars;
    }

    public String unitName(long unitId) {
        return units.find(unitId).map(UnitView::name).orElse(Long.toString(unitId));
    }

    public String levelName(String level) {
        return texts.get("measures.level." + level);
    }
}
