package es.viogen.app.municipal;

import es.viogen.municipal.api.AgreementExpiring;
import es.viogen.municipal.api.MunicipalityIntegrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test observer deployed with {@link MunicipalEventsIT}: records the module's events as another module would see them. */
@ApplicationScoped
public class MunicipalEventRecorder {

    static final List<MunicipalityIntegrated> INTEGRATED = new CopyOnWriteArrayList<>();
    static final List<AgreementExpiring> EXPIRING = new CopyOnWriteArrayList<>();

    void integrated(@Observes(during = TransactionPhase.AFTER_SUCCESS) MunicipalityIntegrated e) {
        INTEGRATED.add(e);
    }

    void expiring(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgreementExpiring e) {
        EXPIRING.add(e);
    }
}
