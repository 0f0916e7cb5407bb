package es.viogen.risk.ui;

import es.viogen.risk.boundary.RiskAssessments;
import es.viogen.risk.entity.Assessment;
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

/** The pending assessments of the officer's unit (or the regional unit's territory), soonest due first. */
@Named
@ViewScoped
public class PendingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RiskAssessments assessments;

    private final LazyDataModel<Assessment> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) assessments.countPending();
        }

        @Override
        public List<Assessment> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return assessments.pending(first, pageSize);
        }

        @Override
        public String getRowKey(Assessment a) {
            return String.valueOf(a.getId());
        }
    };

    public LazyDataModel<Assessment> getModel() {
        return model;
    }

    public boolean overdue(Assessment a) {
        return a.getDueAt() != null && a.getDueAt().isBefore(Instant.now());
    }
}
