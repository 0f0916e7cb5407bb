package es.viogen.risk.ui;

import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.DomainException;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Texts;
import es.viogen.platform.api.UnitKind;
import es.viogen.risk.boundary.InstrumentLibrary;
import es.viogen.risk.boundary.ModelCards;
import es.viogen.risk.boundary.ModelMonitoring;
import es.viogen.risk.control.ModelMetrics;
import es.viogen.risk.control.ModelMonitoringQueries;
import es.viogen.risk.control.MonitoringCharts;
import es.viogen.risk.control.MonitoringExport;
import es.viogen.risk.entity.InstrumentVersion;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The monitoring page of an instrument version (regional units: their territory; administrators: the country):
 * filters, the ROC curve and the calibration plot, the tables, exports and the model card.
 */
@Named("monitoring")
@ViewScoped
public class MonitoringBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ModelMonitoring monitoring;

    @Inject
    ModelCards cards;

    @Inject
    InstrumentLibrary library;

    @Inject
    Texts texts;

    @Inject
    AuditLog audit;

    private String instrument;
    private int window = 90;
    private String outcome = "ANY";
    private LocalDate from;
    private LocalDate to;
    private String unitKind;
    private String region;
    private String province;

    private ModelMonitoringQueries.Report report;
    private ModelCards.Card card;
    private String refusal;

    @PostConstruct
    void init() {
        if (!monitoring.allowed()) {
            refusal = texts.get("risk.monitoring.refused");
            return;
        }
        String asked = Language.param("instrument");
        instrument = asked != null && getInstruments().contains(asked) ? asked
                : library.all().stream().filter(InstrumentVersion::isCurrent)
                .sorted(java.util.Comparator.comparing(v -> !"VPR".equals(v.getCode())))
                .map(v -> v.getCode() + "/" + v.getVersion()).findFirst().orElse(null);
        show();
    }

    /** Computes the figures for the chosen filters (errors next to their fields). */
    public void show() {
        if (instrument == null) {
            return;
        }
        String[] cv = instrument.split("/", 2);
        try {
            report = monitoring.report(new ModelMonitoring.Request(cv[0], cv[1], window, outcome, from, to,
                    blank(unitKind), blank(region), blank(province)));
            card = cards.card(cv[0], cv[1], texts.locale(), true);
        } catch (InvalidInput e) {
            report = null;
            for (FieldError fe : e.fieldErrors()) {
                FacesContext.getCurrentInstance().addMessage("m:field-" + fe.field(), new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, texts.get(fe.messageKey(), fe.args().toArray()), null));
            }
        } catch (DomainException e) {
            report = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get(e.messageKey(), e.args()), null));
        }
    }

    public String getRocSvg() {
        return report == null ? "" : MonitoringCharts.roc(report.roc(), texts.get("risk.monitoring.roc"),
                texts.get("risk.monitoring.fpr"), texts.get("risk.monitoring.tpr"));
    }

    public String getCalibrationSvg() {
        if (report == null) {
            return "";
        }
        List<String> labels = new ArrayList<>();
        for (ModelMetrics.Calibration c : report.calibration()) {
            labels.add(texts.get("riskLevel." + c.level().name()));
        }
        return MonitoringCharts.calibration(report.calibration(), labels, texts.get("risk.monitoring.calibrationPlot"),
                texts.get("risk.monitoring.expected"), texts.get("risk.monitoring.observed"));
    }

    public List<MonitoringExport.Table> getTables() {
        return report == null ? List.of() : MonitoringExport.tables(report, (k, a) -> texts.get(k, a));
    }

    public StreamedContent getCsv() {
        return file("csv", "text/csv; charset=UTF-8", MonitoringExport.csv(getTables()));
    }

    public StreamedContent getXlsx() {
        return file("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                MonitoringExport.xlsx(getTables()));
    }

    public StreamedContent getPdf() {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("risk.monitoring.filters", window, texts.get("risk.monitoring.outcome." + outcome),
                from == null ? "—" : from.toString(), to == null ? "—" : to.toString(),
                blank(unitKind) == null ? "—" : texts.get("risk.monitoring.unitKind." + unitKind),
                blank(region) == null ? "—" : region, blank(province) == null ? "—" : province));
        if (card != null) {
            lines.add(card.notice());
        }
        return file("pdf", "application/pdf", MonitoringExport.pdf(texts.get("risk.monitoring.title") + " · "
                + instrument, lines, getTables()));
    }

    private StreamedContent file(String ext, String type, byte[] data) {
        audit.record(AuditAction.EXPORT, "ModelMonitoring", instrument, "model monitoring " + ext + " export");
        return DefaultStreamedContent.builder().name("seguimiento-modelo-" + instrument.replace('/', '-') + "." + ext)
                .contentType(type).stream(() -> new ByteArrayInputStream(data)).build();
    }

    public String num(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.3f", d).replace('.', ',');
    }

    public List<String> getInstruments() {
        List<String> out = new ArrayList<>();
        for (InstrumentVersion v : library.all()) {
            out.add(v.getCode() + "/" + v.getVersion());
        }
        return out;
    }

    public List<Integer> getWindows() {
        return List.of(30, 90, 180);
    }

    public List<String> getOutcomes() {
        return List.of("ANY", "SERIOUS");
    }

    public List<UnitKind> getUnitKinds() {
        return ModelMonitoring.ASSESSING_KINDS;
    }

    public RiskLevel[] getLevels() {
        return RiskLevel.values();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getRefusal() {
        return refusal;
    }

    public ModelMonitoringQueries.Report getReport() {
        return report;
    }

    public ModelCards.Card getCard() {
        return card;
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public int getWindow() {
        return window;
    }

    public void setWindow(int window) {
        this.window = window;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getUnitKind() {
        return unitKind;
    }

    public void setUnitKind(String unitKind) {
        this.unitKind = unitKind;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }
}
