package es.viogen.platform.ui;

import es.viogen.platform.api.Texts;
import es.viogen.platform.boundary.EventPublications;
import es.viogen.platform.control.PublicationView;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Admin screen: event publications that are not complete (pending after a failure, waiting for the relay, or given
 * up), with attempts, the last error as a sentence, and a replay button. ADMIN only (page and boundary).
 */
@Named
@ViewScoped
public class PublicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventPublications publications;

    @Inject
    Texts texts;

    private final LazyDataModel<PublicationView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) publications.openCount();
        }

        @Override
        public List<PublicationView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
            return publications.open(first, pageSize);
        }

        @Override
        public String getRowKey(PublicationView p) {
            return String.valueOf(p.id());
        }
    };

    public LazyDataModel<PublicationView> getModel() {
        return model;
    }

    /** The last error as a plain sentence (never a class name). */
    public String error(PublicationView p) {
        return p.lastError() == null ? "" : texts.get("publications.error." + p.lastError());
    }

    public void replay(PublicationView p) {
        boolean done = publications.replay(p.id());
        FacesContext.getCurrentInstance().addMessage(null, done
                ? new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("publications.replayed"), null)
                : new FacesMessage(FacesMessage.SEVERITY_WARN, texts.get("publications.replayFailed"), null));
    }
}
