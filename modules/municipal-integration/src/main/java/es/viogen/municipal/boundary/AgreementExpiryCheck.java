package es.viogen.municipal.boundary;

import es.viogen.platform.api.ClusterLock;
import es.viogen.municipal.api.AgreementExpiring;
import es.viogen.municipal.api.LocalPoliceMandateEnded;
import es.viogen.platform.api.DomainEvents;
import es.viogen.platform.api.AlertInbox;
import es.viogen.platform.api.AlertRequest;
import es.viogen.platform.api.AlertSeverity;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.UnitKind;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The daily check of adhesion agreements whose renewal is due (six months before expiry) or that have expired.
 * Cluster-safe: one instance at a time ({@code pg_try_advisory_xact_lock}); each expiry is announced once
 * ({@code expiry_notice} insert ON CONFLICT DO NOTHING), alerts are idempotent on their dedup keys, and
 * {@link AgreementExpiring} is published once per agreement and expiry date.
 */
@ApplicationScoped
public class AgreementExpiryCheck {

    private static final ClusterLock CHECK_LOCK = ClusterLock.named("municipal.agreement-expiry-check");
    private static final Logger LOG = Logger.getLogger(AgreementExpiryCheck.class.getName());

    @PersistenceContext(unitName = "municipal")
    EntityManager em;

    @Inject
    AlertInbox alerts;

    @Inject
    Units units;

    @Inject
    DomainEvents expiring;


    /**
     * @return the number of expiries newly announced, or -1 if another instance is running the check right now
     */
    @Transactional
    public int run(LocalDate today) {
        if (!CHECK_LOCK.tryHold(em)) {
            return -1;
        }
        // the current (latest) agreement of each adhesion that is signed, in training or integrated
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("SELECT g.id, g.expires_on, a.ine_code, m.name, m.region_code, "
                        + "m.province_code, a.local_police_unit_id, a.status FROM municipal.agreement g "
                        + "JOIN municipal.adhesion a ON a.id = g.adhesion_id JOIN municipal.municipality m ON m.ine_code = a.ine_code "
                        + "WHERE a.status IN ('SIGNED', 'TRAINING', 'INTEGRATED') AND g.renewal_due <= ?1 "
                        + "AND NOT EXISTS (SELECT 1 FROM municipal.agreement n WHERE n.adhesion_id = g.adhesion_id "
                        + "AND (n.signed_on > g.signed_on OR n.signed_on = g.signed_on AND n.id > g.id)) ORDER BY g.expires_on")
                .setParameter(1, Date.valueOf(today)).getResultList();
        List<UnitView> offices = units.all().stream().filter(u -> u.kind() == UnitKind.ADHESION_OFFICE && u.active()).toList();
        int announced = 0;
        for (Object[] r : due) {
            long agreementId = ((Number) r[0]).longValue();
            LocalDate expiresOn = toLocalDate(r[1]);
            String ine = (String) r[2];
            String name = (String) r[3];
            Territory where = new Territory((String) r[4], (String) r[5], ine);
            int inserted = em.createNativeQuery("INSERT INTO municipal.expiry_notice (agreement_id, expires_on, noticed_at) "
                            + "VALUES (?1, ?2, now()) ON CONFLICT DO NOTHING")
                    .setParameter(1, agreementId).setParameter(2, Date.valueOf(expiresOn)).executeUpdate();
            List<Long> addressees = new ArrayList<>();
            offices.stream().filter(u -> u.territory() != null && u.territory().contains(where)).forEach(u -> addressees.add(u.id()));
            if (r[6] != null) {
                addressees.add(((Number) r[6]).longValue());
            }
            boolean expired = !today.isBefore(expiresOn);
            for (Long unitId : addressees) {
                alerts.raise(new AlertRequest(unitId, null, "AGREEMENT_EXPIRING",
                        expired ? AlertSeverity.CRITICAL : AlertSeverity.WARNING, "AdhesionAgreement",
                        Long.toString(agreementId), "/municipal/adhesion.xhtml?ine=" + ine,
                        expired ? "municipal.alert.agreementExpired" : "municipal.alert.agreementExpiring",
                        List.of(name, expiresOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                        "AGREEMENT_EXPIRING:agreement:" + agreementId + ":" + expiresOn + ":unit:" + unitId));
            }
            if (inserted == 1) {
                announced++;
                expiring.publish(new AgreementExpiring(agreementId, ine, expiresOn));
            }
            if (expired && "INTEGRATED".equals(r[7]) && r[6] != null) {
                endMandate(agreementId, ((Number) r[6]).longValue(), ine);
            }
        }
        int newly = announced;
        LOG.info(() -> "Agreement expiry check: " + due.size() + " agreements due for renewal, " + newly + " newly announced");
        return announced;
    }

    /**
     * An integrated town whose agreement expired loses its mandate once: its local police accounts are deactivated
     * and {@link LocalPoliceMandateEnded} hands its cases to the state police, in this transaction.
     */
    private void endMandate(long agreementId, long unitId, String ine) {
        int first = em.createNativeQuery("INSERT INTO municipal.mandate_end (agreement_id, unit_id, ended_at) "
                        + "VALUES (?1, ?2, now()) ON CONFLICT DO NOTHING")
                .setParameter(1, agreementId).setParameter(2, unitId).executeUpdate();
        if (first == 1) {
            units.deactivateMembers(unitId);
            expiring.publish(new LocalPoliceMandateEnded(ine, unitId, "EXPIRED", java.time.Instant.now()));
        }
    }

    private static LocalDate toLocalDate(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString());
    }
}
