package es.viogen.app.intake;

import es.viogen.intake.api.CaseOpened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Test-only bean deployed with {@link IntakeIT}: records {@link CaseOpened} after commit, and when armed fails the
 * intake transaction from inside (a step that goes wrong after everything was written).
 */
@ApplicationScoped
public class IntakeEventProbe {

    static final List<CaseOpened> AFTER_COMMIT = new CopyOnWriteArrayList<>();
    static final List<CaseOpened> IN_TRANSACTION = new CopyOnWriteArrayList<>();
    static final AtomicBoolean FAIL = new AtomicBoolean();

    void inTransaction(@Observes CaseOpened e) {
        IN_TRANSACTION.add(e);
        if (FAIL.get()) {
            throw new IllegalStateException("probe: a later step of the intake failed");
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseOpened e) {
        AFTER_COMMIT.add(e);
    }
}
