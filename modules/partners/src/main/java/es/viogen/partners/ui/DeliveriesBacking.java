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

    /**
     * The last attempt's result as a sentence for the page: the relay stores a short technical reason (an HTTP status,
     * "timeout", "callback refused: …"); the page says what it means.
     */
    public String result(Delivery d) {
        String error = d.getLastError();
        Integer code = d.getLastStatusCode();
        if (error == null) {
            return code == null ? "" : texts.get("partners.delivery.result.ok", code);
        }
        if (code != null || error.startsWith("HTTP ")) {
            return texts.get("partners.delivery.result.status", code != null ? code : error.substring(5));
        }
        String key = switch (error) {
            case "timeout" -> "timeout";
            case "connection refused or unreachable" -> "unreachable";
            case "signing secret cannot be opened" -> "secret";
            case "invalid callback URL" -> "url";
            default -> error.startsWith("callback refused") ? "refused" : "transport";
        };
        return texts.get("partners.delivery.result." + key);
    }

    /** What the delivery announces, by its label (the event key, with internal ids, is for the partner's logs). */
    public String eventLabel(Delivery d) {
        return texts.get("partners.eventType." + d.getEventType());
    }

    public DeliveryStatus getStatus() { return status; }
    public void setStatus(DeliveryStatus v) { status = v; }
    public String getPartner() { return partner; }
    public void setPartner(String v) { partner = v; }
}
