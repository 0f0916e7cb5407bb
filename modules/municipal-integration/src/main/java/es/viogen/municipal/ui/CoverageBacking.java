package es.viogen.municipal.ui;

import es.viogen.municipal.boundary.CoverageService;
import es.viogen.municipal.control.CoverageExport;
import es.viogen.municipal.control.CoverageFigures;
import es.viogen.municipal.control.CoverageGraphics;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The coverage dashboard: headline, provinces, pending list, target progress, what-if, chart, map, exports. */
@Named
@ViewScoped
public class CoverageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoverageService coverage;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    Texts texts;

    private String regionCode;
    private transient CoverageService.Report region;
    private transient List<CoverageService.Report> provinces;
    private transient List<CoverageService.ProgrammeTown> towns;
    private List<String> joining = new ArrayList<>();
    private transient CoverageService.Report whatIf;

    @PostConstruct
    void init() {
        regionCode = RegionChoice.of(scope.actor());
    }

    public void reload() {
        region = null;
        provinces = null;
        towns = null;
        whatIf = null;
    }

    public CoverageService.Report getRegion() {
        if (region == null) {
            region = coverage.regionReport(regionCode);
        }
        return region;
    }

    public List<CoverageService.Report> getProvinces() {
        if (provinces == null) {
            provinces = coverage.provinceReports(regionCode);
        }
        return provinces;
    }

    public List<CoverageService.ProgrammeTown> getTowns() {
        if (towns == null) {
            towns = coverage.programme(regionCode);
        }
        return towns;
    }

    public String getHeadline() {
        CoverageService.Report r = getRegion();
        return texts.get("municipal.coverage.headline", r.integrated(), r.programme(), pct(r.percentage()));
    }

    public String getProgressText() {
        CoverageFigures.Progress p = getRegion().progress();
        if (p.targetReached()) {
            return texts.get("municipal.coverage.targetReached");
        }
        if (p.deadlinePassed()) {
            return texts.get("municipal.coverage.targetMissed", p.remaining());
        }
        return texts.get("municipal.coverage.progress", p.remaining(), p.monthsLeft(),
                String.format(Locale.ROOT, "%.1f", p.neededPerMonth()).replace('.', ','));
    }

    public String pct(double v) {
        return String.format(Locale.ROOT, "%.1f", v).replace('.', ',');
    }

    public String getRegionName() {
        String n = getRegion().regionName();
        return n == null ? regionCode : n;
    }

    public void computeWhatIf() {
        whatIf = coverage.whatIf(regionCode, null, joining);
    }

    public String getWhatIfText() {
        if (whatIf == null) {
            return null;
        }
        return texts.get("municipal.coverage.whatIfResult", joining.size(), whatIf.integrated(), whatIf.programme(),
                pct(whatIf.percentage()));
    }

    public String getChartSvg() {
        List<CoverageGraphics.Bar> bars = new ArrayList<>();
        for (CoverageService.Report p : getProvinces()) {
            bars.add(new CoverageGraphics.Bar(p.provinceName(), p.integrated(), p.programme()));
        }
        return CoverageGraphics.bars(bars, texts.get("municipal.coverage.chart"));
    }

    public String getMapSvg() {
        Set<String> join = new HashSet<>(joining);
        List<CoverageGraphics.Point> pts = new ArrayList<>();
        for (CoverageService.ProgrammeTown t : getTowns()) {
            if (t.lat() != null && t.lon() != null) {
                pts.add(new CoverageGraphics.Point(t.ineCode(), t.name() + " (" + texts.get("adhesionStatus." + t.status()) + ")",
                        t.lat(), t.lon(), t.isIntegrated(), join.contains(t.ineCode())));
            }
        }
        return CoverageGraphics.map(pts, texts.get("municipal.coverage.map"), texts.get("municipal.coverage.legendIntegrated"),
                texts.get("municipal.coverage.legendPending"));
    }

    public StreamedContent getCsv() {
        byte[] data = CoverageExport.csv(areaHeader(), areas(), townHeader(), exportTowns());
        audit.record(AuditAction.EXPORT, "Coverage", regionCode, "coverage CSV export");
        return DefaultStreamedContent.builder().name("cobertura-" + regionCode + ".csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(data)).build();
    }

    public StreamedContent getXlsx() {
        byte[] data = CoverageExport.xlsx(texts.get("municipal.coverage.sheetAreas"), areaHeader(), areas(),
                texts.get("municipal.coverage.sheetTowns"), townHeader(), exportTowns());
        audit.record(AuditAction.EXPORT, "Coverage", regionCode, "coverage Excel export");
        return DefaultStreamedContent.builder().name("cobertura-" + regionCode + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(data)).build();
    }

    private List<String> areaHeader() {
        return List.of(texts.get("municipal.coverage.area"), texts.get("municipal.coverage.programme"),
                texts.get("municipal.coverage.integrated"), texts.get("municipal.coverage.percentage"));
    }

    private List<String> townHeader() {
        return List.of(texts.get("municipal.ineCode"), texts.get("municipal.name"), texts.get("municipal.province"),
                texts.get("municipal.population"), texts.get("municipal.status"));
    }

    private List<CoverageExport.Area> areas() {
        List<CoverageExport.Area> out = new ArrayList<>();
        CoverageService.Report r = getRegion();
        out.add(new CoverageExport.Area(getRegionName(), r.programme(), r.integrated(), r.percentage()));
        for (CoverageService.Report p : getProvinces()) {
            out.add(new CoverageExport.Area(p.provinceName(), p.programme(), p.integrated(), p.percentage()));
        }
        return out;
    }

    private List<CoverageExport.Town> exportTowns() {
        return getTowns().stream().map(t -> new CoverageExport.Town(t.ineCode(), t.name(), t.provinceName(), t.population(),
                texts.get("adhesionStatus." + t.status()), t.isIntegrated())).toList();
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        if (RegionChoice.canChoose(scope.actor()) && regionCode != null && regionCode.matches("\\d{2}")) {
            this.regionCode = regionCode;
            reload();
        }
    }

    public boolean isCanChooseRegion() {
        return RegionChoice.canChoose(scope.actor());
    }

    public List<String> getJoining() {
        return joining;
    }

    public void setJoining(List<String> joining) {
        this.joining = joining == null ? new ArrayList<>() : new ArrayList<>(joining);
    }
}
