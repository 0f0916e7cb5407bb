package es.viogen.platform.ui;

import es.viogen.platform.api.Texts;
import es.viogen.platform.boundary.AuditQueries;
import es.viogen.platform.entity.AuditRecord;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Search of the audit log and (admins) verification of its hash chain. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Inject
    AuditQueries queries;

    @Inject
    Texts texts;

    private String actor;
    private String action;
    private String recordType;
    private String recordId;
    private LocalDate from;
    private LocalDate to;
    private String verification;
    private boolean intact;

    private final LazyDataModel<AuditRecord> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, queries.count(filter()));
        }

        @Override
        public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return queries.search(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditRecord r) {
            return String.valueOf(r.getId());
        }
    };

    private AuditQueries.Filter filter() {
        return new AuditQueries.Filter(actor, action, recordType, recordId,
                from == null ? null : from.atStartOfDay(MADRID).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(MADRID).toInstant());
    }

    public void verify() {
        AuditQueries.Verification v = queries.verify();
        intact = v.intact();
        verification = v.intact() ? texts.get("audit.verify.ok", v.rowsChecked(), v.unsealed())
                : texts.get("audit.verify.broken", v.firstBrokenId().orElseThrow());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
                v.intact() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR, verification, null));
    }

    public List<String> getActions() {
        return queries.actions();
    }

    public LazyDataModel<AuditRecord> getModel() {
        return model;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
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

    public String getVerification() {
        return verification;
    }

    public boolean isIntact() {
        return intact;
    }
}
