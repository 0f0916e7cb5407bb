package es.viogen.measures.boundary;

import es.viogen.measures.api.JudicialOrderExpiring;
import es.viogen.measures.control.AlertSink;
import es.viogen.measures.control.DuePass;
import es.viogen.measures.control.JpaDueStore;
import es.viogen.measures.control.Protocol;
import es.viogen.measures.control.ProtocolStore;
import es.viogen.platform.api.DomainEvents;
import es.viogen.platform.api.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One batch of scheduler work per transaction: the claimed rows stay locked until it commits, so a concurrent
 * pass (another thread or another instance) skips them and takes the next ones.
 */
@ApplicationScoped
public class DueBatches {

    @Inject
    JpaDueStore store;

    @Inject
    AlertSink alerts;

    @Inject
    ProtocolStore protocols;

    @Inject
    FollowUpAlertsRaiser raiser;

    @Inject
    Texts texts;

    @Inject
    DomainEvents expiring;

    private DuePass pass() {
        return new DuePass(store, alerts, protocols::get, raiser::regionalUnit,
                code -> texts.get(Locale.forLanguageTag("es"), "measure." + code));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public DuePass.Outcome reassessments(Instant now, int limit) {
        return pass().reassessments(now, limit, protocols.inForce(LocalDate.ofInstant(now, DuePass.MADRID)).id());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public DuePass.Outcome measures(Instant now, int limit) {
        return pass().measures(now, limit, protocols.inForce(LocalDate.ofInstant(now, DuePass.MADRID)).id());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int orders(Instant now, int limit) {
        LocalDate today = LocalDate.ofInstant(now, DuePass.MADRID);
        Protocol p = protocols.inForce(today);
        var told = pass().expiringOrders(today, p.orderNoticeDays(), limit);
        told.forEach(o -> expiring.publish(new JudicialOrderExpiring(o.orderId(), o.caseId(), o.endsOn())));
        return told.size();
    }
}
