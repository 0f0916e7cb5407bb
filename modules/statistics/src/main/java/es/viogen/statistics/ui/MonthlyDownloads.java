package es.viogen.statistics.ui;

import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.Texts;
import es.viogen.statistics.boundary.MonthlySnapshots;
import es.viogen.statistics.control.Figure;
import es.viogen.statistics.control.MonthFigures;
import es.viogen.statistics.control.StatisticsExport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The monthly statistics page's charts and exports (what {@link MonthlyBacking} shows), exports audited. */
@Named
@RequestScoped
public class MonthlyDownloads {

    @Inject
    MonthlyBacking page;

    @Inject
    MonthlySnapshots snapshots;

    @Inject
    AuditLog audit;

    @Inject
    Texts texts;

    /** Active cases in each of the last twelve snapshot months (oldest first), as bars. */
    public String getActiveChartSvg() {
        YearMonth shown = page.getShownMonth();
        if (shown == null) {
            return "";
        }
        List<YearMonth> ms = new ArrayList<>();
        List<Long> vs = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            YearMonth m = shown.minusMonths(i);
            if (page.getMonths().contains(m)) {
                ms.add(m);
                vs.add(snapshots.figures(m, page.getRegionCode(), page.getProvinceCode()).map(f -> f.value("ACTIVE_CASES.TOTAL")).orElse(0L));
            }
        }
        List<String> labels = ms.stream().map(YearMonth::toString).toList();
        return Svg.bars(texts.get("statistics.chartActive"), labels, vs);
    }

    public String getLevelChartSvg() {
        MonthFigures now = page.getCurrent().orElse(null);
        if (now == null) {
            return "";
        }
        List<String> labels = new ArrayList<>();
        List<Long> vs = new ArrayList<>();
        for (String l : Figure.LEVELS) {
            labels.add(texts.get("statistics.dim." + l));
            vs.add(now.value("ACTIVE_BY_LEVEL." + l));
        }
        return Svg.bars(texts.get("statistics.chartLevels"), labels, vs);
    }

    private StatisticsExport.Labels labels() {
        return new StatisticsExport.Labels(texts.get("statistics.title") + " · " + page.getShownMonth(), page.getAreaText(),
                texts.get("statistics.figure"), page.getShownMonth().toString(), texts.get("statistics.previous"),
                texts.get("statistics.change"), texts.get("statistics.exportNote"), page::label);
    }

    private String fileName(String ext) {
        return "estadistica-viogen-" + page.getShownMonth() + "-" + MonthlySnapshots.area(page.getRegionCode(), page.getProvinceCode()) + "." + ext;
    }

    private void exported(String what) {
        audit.record(AuditAction.EXPORT, "MonthlyStatistics", page.getShownMonth() + ":" + MonthlySnapshots.area(page.getRegionCode(), page.getProvinceCode()),
                "monthly statistics " + what + " export");
    }

    public StreamedContent getCsv() {
        byte[] data = StatisticsExport.csv(page.getCurrent().orElseThrow(), page.previousFigures().orElse(null), labels());
        exported("CSV");
        return DefaultStreamedContent.builder().name(fileName("csv")).contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(data)).build();
    }

    public StreamedContent getXlsx() {
        byte[] data = StatisticsExport.xlsx(page.getCurrent().orElseThrow(), page.previousFigures().orElse(null), labels());
        exported("Excel");
        return DefaultStreamedContent.builder().name(fileName("xlsx"))
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(data)).build();
    }

    public StreamedContent getPdf() {
        byte[] data = StatisticsExport.pdf(page.getCurrent().orElseThrow(), page.previousFigures().orElse(null), labels());
        exported("PDF");
        return DefaultStreamedContent.builder().name(fileName("pdf")).contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(data)).build();
    }

}
