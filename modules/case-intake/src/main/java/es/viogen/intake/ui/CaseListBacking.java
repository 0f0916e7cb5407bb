package es.viogen.intake.ui;

import es.viogen.intake.api.CaseStatus;
import es.viogen.intake.boundary.CaseFiles;
import es.viogen.intake.boundary.CaseTransfers;
import es.viogen.intake.control.CaseExport;
import es.viogen.intake.control.CaseFilter;
import es.viogen.intake.control.CaseListQuery;
import es.viogen.intake.control.CaseRepository;
import es.viogen.intake.control.CaseRow;
import es.viogen.intake.control.PageAnchors;
import es.viogen.intake.entity.Transfer;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Texts;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The case list: lazy, filtered, only the cases the user may see; CSV and Excel export; incoming transfers. */
@Named
@ViewScoped
public class CaseListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseFiles files;

    @Inject
    CaseTransfers transfers;

    @Inject
    CaseRepository repository;

    @Inject
    Units units;

    @Inject
    Texts texts;

    private CaseStatus status;
    private RiskLevel level;
    private Long unitId;
    private String municipalityCode;
    private String text;
    private List<Transfer> incoming;
    private List<UnitView> visibleUnits;
    private String decisionNote;

    /** Keyset positions of the pages seen with the current filter, and its size (capped), both reset by a search. */
    private final PageAnchors anchors = new PageAnchors();
    private CaseFilter counted;
    private long total = -1;
    /** One past the furthest row known to exist: beyond a capped count, the paginator grows as pages are stepped. */
    private int reached;

    private final LazyDataModel<CaseRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            long n = getTotal();
            return n <= CaseListQuery.COUNT_CAP ? (int) n : Math.max(CaseListQuery.COUNT_CAP + 1, reached);
        }

        @Override
        public List<CaseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            PageAnchors.Position at = anchors.position(first);
            List<CaseRow> rows = files.list(filter(), at.after(), at.skip(), pageSize + 1);
            boolean more = rows.size() > pageSize;
            List<CaseRow> page = more ? List.copyOf(rows.subList(0, pageSize)) : rows;
            anchors.seen(first, page);
            reached = Math.max(reached, first + page.size() + (more ? 1 : 0));
            return page;
        }

        @Override
        public String getRowKey(CaseRow r) {
            return String.valueOf(r.getId());
        }
    };

    /** The search button: count again and page from the top with the filters as they are now. */
    public void search() {
        counted = null;
    }

    /** The list's size, counted once per filter up to {@link CaseListQuery#COUNT_CAP} (then "more than"). */
    public long getTotal() {
        CaseFilter now = filter();
        if (!now.equals(counted)) {
            counted = now;
            total = files.count(now);
            anchors.clear();
            reached = 0;
        }
        return total;
    }

    public String getTotalText() {
        long n = getTotal();
        return n > CaseListQuery.COUNT_CAP ? texts.get("intake.cases.totalMore") : texts.get("intake.cases.total", n);
    }

    CaseFilter filter() {
        return new CaseFilter(status, level, unitId, municipalityCode, text);
    }

    public StreamedContent getCsv() {
        List<CaseRow> rows = files.export(filter(), "CSV");
        byte[] data = CaseExport.csv(headers(), CaseExport.table(rows, texts::get));
        return DefaultStreamedContent.builder().name("casos-" + LocalDate.now() + ".csv")
                .contentType("text/csv; charset=UTF-8").stream(() -> new ByteArrayInputStream(data)).build();
    }

    public StreamedContent getXlsx() {
        List<CaseRow> rows = files.export(filter(), "XLSX");
        byte[] data = CaseExport.xlsx(texts.get("intake.cases.title"), headers(), CaseExport.table(rows, texts::get));
        return DefaultStreamedContent.builder().name("casos-" + LocalDate.now() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(data)).build();
    }

    private List<String> headers() {
        return List.of(texts.get("intake.case.number"), texts.get("intake.case.status"), texts.get("intake.case.level"),
                texts.get("intake.case.unit"), texts.get("intake.case.municipality"), texts.get("intake.case.victim"),
                texts.get("intake.case.aggressor"), texts.get("intake.case.openedAt"), texts.get("intake.case.especialRelevancia"),
                texts.get("intake.case.minorsAtRisk"), texts.get("intake.case.repeatAggressor"));
    }

    public List<Transfer> getIncoming() {
        if (incoming == null) {
            incoming = transfers.incomingForMyUnit();
        }
        return incoming;
    }

    public String caseNumber(long caseId) {
        return repository.find(caseId).map(c -> c.getCaseNumber()).orElse("");
    }

    public String unitName(long id) {
        return units.find(id).map(UnitView::name).orElse(String.valueOf(id));
    }

    public void accept(Transfer t) {
        transfers.accept(t.getCaseId(), t.getId(), decisionNote);
        incoming = null;
        decisionNote = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.get("intake.transfer.accepted"), null));
    }

    public void reject(Transfer t) {
        transfers.reject(t.getCaseId(), t.getId(), decisionNote);
        incoming = null;
        decisionNote = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.get("intake.transfer.rejected"), null));
    }

    public List<UnitView> getUnits() {
        if (visibleUnits == null) {
            visibleUnits = files.visibleUnits();
        }
        return visibleUnits;
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public RiskLevel[] getLevels() {
        return RiskLevel.values();
    }

    public LazyDataModel<CaseRow> getModel() {
        return model;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public RiskLevel getLevel() {
        return level;
    }

    public void setLevel(RiskLevel level) {
        this.level = level;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }
}
