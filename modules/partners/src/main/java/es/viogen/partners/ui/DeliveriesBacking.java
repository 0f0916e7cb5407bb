package es.viogen.partners.ui;

import es.viogen.partners.boundary.DeliveryLog;
import es.viogen.partners.entity.Delivery;
import es.viogen.partners.entity.DeliveryStatus;
import es.viogen.platform.api.Texts;
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

/** Admin screen: outbound deliveries with their status, filterable, with replay. */
@Named
@ViewScoped
public class DeliveriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeliveryLog log;

    @Inject
    Texts texts;

    private DeliveryStatus status;
    private String partner;

    private final LazyDataModel<Delivery> deliveries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) log.count(status, partner);
        }

        @Override
        public List<Delivery> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return log.page(status, partner, first, pageSize);
        }

        @Override
        public String getRowKey(Delivery d) {
            return String.valueOf(d.getId());
        }
    };

    public LazyDataModel<Delivery> getDeliveries() {
        return deliveries;
    }

    public DeliveryStatus[] getStatuses() {
        return DeliveryStatus.values();
    }

    public void replay(Delivery d) {
        log.replay(d.getId());
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("partners.deliveries.replayed"), null));
    }

    public DeliveryStatus getStatus() { return status; }
    public void setStatus(DeliveryStatus v) { status = v; }
    public String getPartner() { return partner; }
    public void setPartner(String v) { partner = v; }
}
