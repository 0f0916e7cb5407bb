package es.viogen.measures.ui;

import es.viogen.measures.api.DueItem;
import es.viogen.measures.boundary.DueLists;
import es.viogen.measures.boundary.FollowUpDashboards;
import es.viogen.platform.api.CurrentActor;
import es.viogen.platform.api.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The unit's follow-up dashboard: cases by level (bar chart), due today, overdue, recent alerts. */
@Named
@ViewScoped
public class UnitDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FollowUpDashboards dashboards;

    @Inject
    DueLists dueLists;

    @Inject
    CurrentActor current;

    @Inject
    Texts texts;

    private transient List<DueItem> due;
    private transient List<Bar> bars;

    /** One bar of the chart: label, count and width in percent of the largest. */
    public static class Bar implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String label;
        private final long count;
        private final long percent;

        Bar(String code, String label, long count, long percent) {
            this.code = code;
            this.label = label;
            this.count = count;
            this.percent = percent;
        }

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }

        public long getCount() {
            return count;
        }

        public long getPercent() {
            return percent;
        }
    }

    private Long unitId() {
        return current.get().unitId();
    }

    public List<Bar> getBars() {
        if (bars == null) {
            bars = bars(dashboards.casesByLevel(unitId()), texts);
        }
        return bars;
    }

    static List<Bar> bars(Map<String, Long> counts, Texts texts) {
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        return counts.entrySet().stream().map(e -> new Bar(e.getKey(), texts.get("measures.level." + e.getKey()),
                e.getValue(), e.getValue() * 100 / max)).toList();
    }

    private List<DueItem> due() {
        if (due == null) {
            due = unitId() == null ? List.of() : dueLists.due(unitId());
        }
        return due;
    }

    public List<DueItem> getDueToday() {
        return due().stream().filter(d -> !d.overdue()).toList();
    }

    public List<DueItem> getOverdue() {
        return due().stream().filter(DueItem::overdue).toList();
    }

    public List<FollowUpDashboards.RecentAlert> getAlerts() {
        return unitId() == null ? List.of() : dashboards.recentAlerts(unitId(), 20);
    }

    public String what(DueItem d) {
        return d.measureCode() == null ? texts.get("measures.due.reassessment") : texts.get("measure." + d.measureCode());
    }

    public Instant dueAt(DueItem d) {
        return d.dueAt();
    }
}
