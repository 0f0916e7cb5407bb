package es.viogen.app.risk;

import es.viogen.risk.api.RiskAssessed;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** In RiskIT's deployment only: what another module observing {@link RiskAssessed} would see. */
@ApplicationScoped
public class RiskAssessedLog {

    public record Seen(RiskAssessed event, boolean insideActiveTransaction) {
    }

    public static final List<Seen> FIRED = new CopyOnWriteArrayList<>();
    public static final List<RiskAssessed> COMMITTED = new CopyOnWriteArrayList<>();

    @Resource
    TransactionSynchronizationRegistry tx;

    void fired(@Observes RiskAssessed e) {
        FIRED.add(new Seen(e, tx.getTransactionStatus() == Status.STATUS_ACTIVE));
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RiskAssessed e) {
        COMMITTED.add(e);
    }
}
