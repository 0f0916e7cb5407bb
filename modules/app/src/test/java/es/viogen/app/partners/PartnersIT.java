package es.viogen.app.partners;

import es.viogen.app.support.Deployments;
import es.viogen.partners.boundary.DeliveryClaims;
import es.viogen.partners.boundary.DeliveryRelay;
import es.viogen.partners.boundary.OutboxWriter;
import es.viogen.partners.boundary.SubscriptionSecrets;
import es.viogen.partners.control.Backoff;
import es.viogen.partners.entity.OutboundEventType;
import es.viogen.platform.api.DomainEvents;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Territory;
import es.viogen.risk.api.RiskAssessed;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/** In-container: the outbox is written in the publisher's transaction, once per event, and relayed with backoff. */
@ExtendWith(ArquillianExtension.class)
class PartnersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.wholeApplication();
    }

    @Inject
    OutboxWriter outbox;

    @Inject
    DeliveryRelay relay;

    @Inject
    DomainEvents riskAssessed;

    @Inject
    SubscriptionSecrets secrets;

    @Inject
    DeliveryClaims claims;

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("java:app/jdbc/viogen");
    }

    private static UserTransaction tx() throws Exception {
        return InitialContext.doLookup("java:comp/UserTransaction");
    }

    private static long count(String sql, String param) throws Exception {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void execute(String sql, Object... params) throws Exception {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.execute();
        }
    }

    /** A partner of province 47 subscribed to LEVEL_CHANGED at {@code callback}. */
    private String subscriber(String callback) throws Exception {
        String client = "it-" + UUID.randomUUID().toString().substring(0, 12);
        execute("INSERT INTO partners.partner (client_id, organisation, kind, scopes, region_code, province_code) "
                + "VALUES (?, 'Juzgado de pruebas', 'COURT', 'events:subscribe', '07', '47')", client);
        execute("INSERT INTO partners.subscription (partner_client, event_types, callback_url, signing_secret_sealed, created_at) "
                + "VALUES (?, 'LEVEL_CHANGED', ?, ?, now())", client, callback, secrets.seal(client, "secret"));
        return client;
    }

    @Test
    void outboxRowsExistOnlyWhenThePublisherCommitsAndOncePerEvent() throws Exception {
        String client = subscriber("http://127.0.0.1:9/it");
        Territory valladolid = new Territory("07", "47", "47186");
        String mine = "SELECT count(*) FROM partners.delivery WHERE partner_client = '" + client + "' AND event_key = ?";
        String rolledBack = "LEVEL_CHANGED:assessment:it-" + UUID.randomUUID();
        UserTransaction tx = tx();
        tx.begin();
        assertTrue(outbox.write(OutboundEventType.LEVEL_CHANGED, rolledBack, "{}", Set.of(valladolid)) >= 1);
        tx.rollback();
        assertEquals(0, count(mine, rolledBack));

        String committed = "LEVEL_CHANGED:assessment:it-" + UUID.randomUUID();
        tx.begin();
        outbox.write(OutboundEventType.LEVEL_CHANGED, committed, "{}", Set.of(valladolid));
        tx.commit();
        assertEquals(1, count(mine + " AND status = 'PENDING'", committed));

        tx.begin();
        assertEquals(0, outbox.write(OutboundEventType.LEVEL_CHANGED, committed, "{}", Set.of(valladolid)),
                "the same event is never queued twice for one subscription");
        outbox.write(OutboundEventType.LEVEL_CHANGED, "x-" + committed, "{}", Set.of(new Territory("07", "24", "24089")));
        outbox.write(OutboundEventType.CASE_INACTIVATED, "y-" + committed, "{}", Set.of(valladolid));
        tx.commit();
        assertEquals(0, count(mine, "x-" + committed), "a partner never gets another province's events");
        assertEquals(0, count(mine, "y-" + committed), "only the subscribed event types");
        assertEquals(1, count("SELECT count(*) FROM partners.delivery WHERE partner_client = ?", client));
    }

    @Test
    void aRiskEventForAnUnknownCaseQueuesNothingAndDoesNotFailThePublisher() throws Exception {
        subscriber("http://127.0.0.1:9/it-risk");
        long assessmentId = 900_000_000L + (long) (Math.random() * 1_000_000);
        UserTransaction tx = tx();
        tx.begin();
        riskAssessed.publish(new RiskAssessed(987_654_321L, assessmentId, RiskLevel.MEDIO, RiskLevel.ALTO, false, false,
                Instant.now()));
        tx.commit();
        assertEquals(0, count("SELECT count(*) FROM partners.delivery WHERE event_key = ?",
                "LEVEL_CHANGED:assessment:" + assessmentId));
    }

    @Test
    void failedDeliveriesAreRetriedWithBackoffAndGiveUpAfterTheLastAttempt() throws Exception {
        String client = subscriber("http://127.0.0.1:9/unreachable");
        String key = "LEVEL_CHANGED:assessment:it-" + UUID.randomUUID();
        UserTransaction tx = tx();
        tx.begin();
        outbox.write(OutboundEventType.LEVEL_CHANGED, key, "{\"eventId\":\"" + key + "\"}", Set.of(new Territory("07", "47", null)));
        tx.commit();
        relay.relayDue(50);
        assertEquals(1, count("SELECT count(*) FROM partners.delivery WHERE event_key = ? AND partner_client = '" + client
                + "' AND status = 'PENDING' AND attempts = 1 AND last_error IS NOT NULL AND next_attempt_at > now() + interval '20 seconds'", key));
        execute("UPDATE partners.delivery SET attempts = ?, next_attempt_at = now() WHERE event_key = ?",
                Backoff.MAX_ATTEMPTS - 1, key);
        relay.relayDue(50);
        assertEquals(1, count("SELECT count(*) FROM partners.delivery WHERE event_key = ? AND partner_client = '" + client
                + "' AND status = 'FAILED' AND attempts = " + Backoff.MAX_ATTEMPTS, key));
        assertEquals(1, count("SELECT count(*) FROM partners.delivery WHERE partner_client = ?", client));
    }

    @Test
    void aClaimIsALeaseSendingHappensOutsideItAndAStaleResultChangesNothing() throws Exception {
        String client = subscriber("http://127.0.0.1:9/lease");
        String key = "LEVEL_CHANGED:assessment:it-" + UUID.randomUUID();
        UserTransaction tx = tx();
        tx.begin();
        outbox.write(OutboundEventType.LEVEL_CHANGED, key, "{}", Set.of(new Territory("07", "47", null)));
        tx.commit();
        DeliveryClaims.Claimed mine = claimOnly(key, client, "a-");
        assertNotNull(mine);
        assertEquals(1, count("SELECT count(*) FROM partners.delivery WHERE event_key = ? AND claimed_until > now() "
                + "AND partner_client = '" + client + "'", key));
        assertNull(claimOnly(key, client, "b-"), "a claimed delivery is not claimed again while its lease runs");
        // a lease about to run out, renewed by its owner (alive, still sending), is held for a whole lease again
        execute("UPDATE partners.delivery SET claimed_until = now() + interval '1 second' WHERE event_key = ? "
                + "AND partner_client = ?", key, client);
        assertEquals(Set.of(mine.id()), claims.renew(mine.claimToken(), DeliveryRelay.LEASE_SECONDS));
        assertEquals(1, count("SELECT count(*) FROM partners.delivery WHERE event_key = ? AND claimed_until > now() "
                + "+ interval '15 seconds' AND partner_client = '" + client + "'", key));
        assertNull(claimOnly(key, client, "b2-"), "a renewed claim is not taken over");
        // the lease runs out (the instance died mid-send): another relay claims it, the first one's result is ignored
        execute("UPDATE partners.delivery SET claimed_until = now() - interval '1 second' WHERE event_key = ? "
                + "AND partner_client = ?", key, client);
        DeliveryClaims.Claimed again = claimOnly(key, client, "c-");
        assertNotNull(again);
        assertFalse(claims.sent(mine, 204), "a stale claim records nothing");
        assertTrue(claims.renew(mine.claimToken(), DeliveryRelay.LEASE_SECONDS).isEmpty(),
                "the first owner learns at its next renewal that its claim was taken over (and sends no more of it)");
        assertTrue(claims.failed(again, 503, "HTTP 503"));
        assertEquals(1, count("SELECT count(*) FROM partners.delivery WHERE event_key = ? AND status = 'PENDING' "
                + "AND attempts = 1 AND last_status_code = 503 AND claim_token IS NULL AND partner_client = '" + client + "'", key));
        // the relay's own methods open no transaction around the HTTP calls
        assertEquals(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED, DeliveryRelay.class.getMethod("relayDue", int.class)
                .getAnnotation(jakarta.ejb.TransactionAttribute.class).value());
        assertEquals(1, count("SELECT count(*) FROM partners.delivery WHERE partner_client = ?", client));
    }

    /** Claims due deliveries, gives back all but {@code client}'s delivery of {@code eventKey} (other tests' deliveries stay claimable). */
    private DeliveryClaims.Claimed claimOnly(String eventKey, String client, String tokenPrefix) {
        DeliveryClaims.Claimed mine = null;
        for (DeliveryClaims.Claimed c : claims.claim(500, 120, tokenPrefix + UUID.randomUUID())) {
            if (c.eventKey().equals(eventKey) && c.partnerClient().equals(client)) {
                mine = c;
            } else {
                claims.release(c);
            }
        }
        return mine;
    }
}
