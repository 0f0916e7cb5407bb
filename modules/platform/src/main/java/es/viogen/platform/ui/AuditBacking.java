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

    @Inject
    es.viogen.platform.api.Units units;

    private final Map<Long, String> unitNames = new java.util.HashMap<>();

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

    /** The action as a person says it («Consulta», «Acceso denegado»), never its code. */
    public String actionLabel(String code) {
        return labelOr("audit.action." + code, code);
    }

    public String roleLabel(String code) {
        return code == null || code.isEmpty() ? "" : labelOr("role." + code, code);
    }

    public String recordTypeLabel(String code) {
        return code == null || code.isEmpty() ? "" : labelOr("recordType." + code, code);
    }

    /** Who acted: a person's user name, or «Sistema (tarea automática)» for the system's own work. */
    public String actorLabel(String actor) {
        return es.viogen.platform.api.Actor.SYSTEM.username().equals(actor) ? texts.get("audit.actor.system") : actor;
    }

    /** The purpose in the reader's language ({@link AuditPurposes}); null when it has no translation yet. */
    public String purposeLabel(String purpose) {
        return AuditPurposes.label(purpose, texts);
    }

    /** The unit's name (the audit row keeps its number, which nobody knows by heart). */
    public String unitName(Long unitId) {
        if (unitId == null) {
            return "";
        }
        return unitNames.computeIfAbsent(unitId, id -> units.find(id).map(u -> u.name()).orElse(String.valueOf(id)));
    }

    private String labelOr(String key, String fallback) {
        String text = texts.get(key);
        return text.startsWith("???") ? fallback : text;
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
