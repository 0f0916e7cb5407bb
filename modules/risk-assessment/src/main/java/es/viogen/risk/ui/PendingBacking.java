package es.viogen.risk.ui;

import es.viogen.risk.api.AssessmentKind;
import es.viogen.risk.boundary.AssessmentHistory;
import es.viogen.risk.control.PendingFilter;
import es.viogen.risk.entity.Assessment;
import es.viogen.risk.entity.AssessmentTrigger;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The pending assessments of the officer's unit (or the regional unit's territory), soonest due first, narrowed by
 * case number, kind, trigger and due date. The filter is also read from the address ({@code ?q=VG-…&due=OVERDUE}) so
 * that a figure elsewhere can link to the list behind it.
 */
@Named
@ViewScoped
public class PendingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentHistory assessments;

    private String caseNumber;
    private AssessmentKind kind;
    private AssessmentTrigger trigger;
    private PendingFilter.Due due;

    private final LazyDataModel<Assessment> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) assessments.countPending(filter());
        }

        @Override
        public List<Assessment> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return assessments.pending(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(Assessment a) {
            return String.valueOf(a.getId());
        }
    };

    private PendingFilter filter() {
        return new PendingFilter(caseNumber, kind, trigger, due);
    }

    /** How many pending assessments the filter finds (the same count as the table's pages). */
    public long getCount() {
        return assessments.countPending(filter());
    }

    public LazyDataModel<Assessment> getModel() {
        return model;
    }

    public AssessmentKind[] getKinds() {
        return AssessmentKind.values();
    }

    /** The triggers an owed assessment can have (an on-demand one is never pending). */
    public List<AssessmentTrigger> getTriggers() {
        return java.util.Arrays.stream(AssessmentTrigger.values()).filter(t -> t != AssessmentTrigger.ON_DEMAND).toList();
    }

    public PendingFilter.Due[] getDues() {
        return PendingFilter.Due.values();
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public AssessmentKind getKind() {
        return kind;
    }

    public void setKind(AssessmentKind kind) {
        this.kind = kind;
    }

    public AssessmentTrigger getTrigger() {
        return trigger;
    }

    public void setTrigger(AssessmentTrigger trigger) {
        this.trigger = trigger;
    }

    public PendingFilter.Due getDue() {
        return due;
    }

    public void setDue(PendingFilter.Due due) {
        this.due = due;
    }

    public boolean overdue(Assessment a) {
        return a.getDueAt() != null && a.getDueAt().isBefore(Instant.now());
    }
}
