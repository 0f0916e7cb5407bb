package es.viogen.statistics.ui;

import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Texts;
import es.viogen.statistics.boundary.MonthlySnapshots;
import es.viogen.statistics.control.Figure;
import es.viogen.statistics.control.MonthFigures;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The monthly statistics page: a month's snapshot for an area with the previous month's and the change, charts of
 * the last twelve snapshots, exports (CSV, Excel, PDF: small counts suppressed), and the administrator's "build
 * missing months". Query parameters {@code month}, {@code region}, {@code province} choose what is shown.
 */
@Named
@ViewScoped
public class MonthlyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern TWO = Pattern.compile("\\d{2}");

    @Inject
    MonthlySnapshots snapshots;

    @Inject
    AccessScope scope;

    @Inject
    Texts texts;

    private String month;
    private String regionCode;
    private String provinceCode;
    private String buildFrom;
    private String buildTo;
    private transient Optional<MonthFigures> current;
    private transient Optional<MonthFigures> previous;
    private transient List<YearMonth> months;

    /** One line of the table. */
    public record Line(String id, String label, long value, String previous, String change, boolean total) {
    }

    @PostConstruct
    void init() {
        String[] home = snapshots.homeArea();
        regionCode = home[0];
        provinceCode = home[1];
        YearMonth last = MonthlySnapshots.lastFinished(java.time.Instant.now());
        buildTo = last.toString();
        buildFrom = last.minusMonths(11).toString();
    }

    /** f:viewAction: applies the query parameters once the view parameters are set. */
    public void load() {
        if (regionCode != null && regionCode.isBlank()) {
            regionCode = null;
        }
        if (provinceCode != null && provinceCode.isBlank()) {
            provinceCode = null;
        }
        if (valid()) {
            inArea();
        }
        reset();
    }

    /** An area outside the actor's territory is refused (audited by the check) and her own shown instead. */
    private void inArea() {
        try {
            snapshots.requireArea(regionCode, provinceCode);
        } catch (es.viogen.platform.api.AccessDenied e) {
            error(null, "statistics.outsideArea");
            String[] home = snapshots.homeArea();
            regionCode = home[0];
            provinceCode = home[1];
        }
    }

    private boolean valid() {
        boolean ok = true;
        if (regionCode != null && !TWO.matcher(regionCode).matches()) {
            error("f:region", "statistics.badCode");
            regionCode = snapshots.homeArea()[0];
            ok = false;
        }
        if (provinceCode != null && !TWO.matcher(provinceCode).matches()) {
            error("f:province", "statistics.badCode");
            provinceCode = snapshots.homeArea()[1];
            ok = false;
        }
        if (provinceCode != null && regionCode == null) {
            error("f:region", "statistics.regionWithProvince");
            ok = false;
        }
        if (month != null && !month.isBlank() && parse(month) == null) {
            error("f:month", "statistics.badMonth");
            month = null;
            ok = false;
        }
        return ok;
    }

    public void show() {
        load();
    }

    private void reset() {
        current = null;
        previous = null;
        months = null;
    }

    private static YearMonth parse(String s) {
        if (s == null || !s.matches("\\d{4}-\\d{2}")) {
            return null;
        }
        try {
            return YearMonth.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public List<YearMonth> getMonths() {
        if (months == null) {
            months = snapshots.months();
        }
        return months;
    }

    public YearMonth getShownMonth() {
        YearMonth m = parse(month);
        if (m != null) {
            return m;
        }
        return getMonths().isEmpty() ? null : getMonths().get(0);
    }

    public Optional<MonthFigures> getCurrent() {
        if (current == null) {
            YearMonth m = getShownMonth();
            current = m == null ? Optional.empty() : snapshots.read(m, regionCode, provinceCode, "monthly statistics page");
        }
        return current;
    }

    public Optional<MonthFigures> previousFigures() {
        if (previous == null) {
            previous = getCurrent().isEmpty() ? Optional.empty()
                    : snapshots.figures(getShownMonth().minusMonths(1), regionCode, provinceCode);
        }
        return previous;
    }

    public boolean isShowing() {
        return getCurrent().isPresent();
    }

    public String getMissingText() {
        YearMonth m = getShownMonth();
        return m == null ? texts.get("statistics.none") : texts.get("statistics.noMonth", m.toString());
    }

    public String getBuiltText() {
        return getCurrent().map(f -> texts.get("statistics.builtAt",
                DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Madrid")).format(f.builtAt()),
                texts.get("statistics.trigger." + f.triggerKind()))).orElse("");
    }

    public String label(Figure f) {
        String metric = texts.get("statistics.metric." + f.metric());
        return "TOTAL".equals(f.dimension()) ? metric : metric + " · " + texts.get("statistics.dim." + f.dimension());
    }

    public List<Line> getLines() {
        List<Line> lines = new ArrayList<>();
        MonthFigures now = getCurrent().orElse(null);
        if (now == null) {
            return lines;
        }
        MonthFigures before = previousFigures().orElse(null);
        for (Figure f : Figure.ALL) {
            long v = now.value(f);
            Long p = before == null ? null : before.value(f);
            String change = p == null ? "" : (v - p > 0 ? "+" : "") + (v - p);
            lines.add(new Line(f.key().replace('.', '-'), label(f), v, p == null ? "" : Long.toString(p), change,
                    "TOTAL".equals(f.dimension())));
        }
        return lines;
    }

    public String getAreaText() {
        if (provinceCode != null) {
            return texts.get("statistics.province") + " " + provinceCode;
        }
        if (regionCode != null) {
            return texts.get("statistics.region") + " " + regionCode;
        }
        return texts.get("statistics.national");
    }

    public boolean isAdmin() {
        return scope.actor().hasRole(Role.ADMIN);
    }

    public boolean isCanChooseRegion() {
        return isAdmin() || scope.actor().territory() != null && scope.actor().territory().isNational();
    }

    /** The administrator's action: every finished month from..to without a snapshot, written once. */
    public void buildMissing() {
        scope.requireRole(Role.ADMIN);
        YearMonth from = parse(buildFrom);
        YearMonth to = parse(buildTo);
        if (from == null || to == null) {
            error(from == null ? "f:buildFrom" : "f:buildTo", "statistics.badMonth");
            return;
        }
        if (from.isAfter(to)) {
            error("f:buildFrom", "statistics.monthOrder");
            return;
        }
        Optional<MonthlySnapshots.Built> built = snapshots.buildMissing(from, to, "BACKFILL", scope.actor().username(), false);
        FacesContext fc = FacesContext.getCurrentInstance();
        if (built.isEmpty()) {
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.get("statistics.busy"), null));
        } else if (built.get().months().isEmpty()) {
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("statistics.builtNone"), null));
        } else {
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("statistics.built",
                    built.get().months().size(), built.get().cells(), built.get().millis()), null));
        }
        reset();
    }

    private void error(String id, String key) {
        FacesContext.getCurrentInstance().addMessage(id, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get(key), null));
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getBuildFrom() {
        return buildFrom;
    }

    public void setBuildFrom(String buildFrom) {
        this.buildFrom = buildFrom;
    }

    public String getBuildTo() {
        return buildTo;
    }

    public void setBuildTo(String buildTo) {
        this.buildTo = buildTo;
    }
}
