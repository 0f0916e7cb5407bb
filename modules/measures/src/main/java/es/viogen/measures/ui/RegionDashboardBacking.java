package es.viogen.measures.ui;

import es.viogen.measures.boundary.FollowUpDashboards;
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
    FollowUpDashboards dashboards;

    @Inject
    Units units;

    @Inject
    Texts texts;

    private transient List<FollowUpDashboards.ProvinceLevelCount> byProvince;
    private transient List<FollowUpDashboards.UnitOverdueRate> rates;
    private transient List<UnitDashboardBacking.Bar> bars;

    public List<FollowUpDashboards.ProvinceLevelCount> getByProvince() {
        if (byProvince == null) {
            byProvince = dashboards.activeByProvinceAndLevel();
        }
        return byProvince;
    }

    public List<FollowUpDashboards.UnitOverdueRate> getRates() {
        if (rates == null) {
            rates = dashboards.overdueRatePerUnit();
        }
        return rates;
    }

    public List<UnitDashboardBacking.Bar> getBars() {
        if (bars == null) {
            bars = UnitDashboardBacking.bars(dashboards.casesByLevel(null), texts);
        }
        return bars;
    }

    public String unitName(long unitId) {
        return units.find(unitId).map(UnitView::name).orElse(Long.toString(unitId));
    }

    public String provinceName(String provinceCode) {
        return es.viogen.municipal.api.Provinces.label(provinceCode);
    }

    public String levelName(String level) {
        return texts.get("measures.level." + level);
    }
}
