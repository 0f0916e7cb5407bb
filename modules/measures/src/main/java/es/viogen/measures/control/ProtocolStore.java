package es.viogen.measures.control;

import es.viogen.platform.api.RiskLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/** Protocol versions in schema {@code measures}: installs the resource files, reads (and caches) a version. */
@ApplicationScoped
public class ProtocolStore {

    private static final Logger LOG = Logger.getLogger(ProtocolStore.class.getName());

    @PersistenceContext(unitName = "measures")
    EntityManager em;

    private final Map<Long, Protocol> cache = new ConcurrentHashMap<>();

    /** Installs a version unless its code is there already (a loaded version never changes). */
    public boolean install(ProtocolDefinition d) {
        List<?> existing = em.createNativeQuery("SELECT id FROM measures.protocol_version WHERE code = ?1")
                .setParameter(1, d.code()).getResultList();
        if (!existing.isEmpty()) {
            return false;
        }
        long id = ((Number) em.createNativeQuery("INSERT INTO measures.protocol_version (code, title, effective_from, "
                        + "due_soon_hours, order_notice_days) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id")
                .setParameter(1, d.code()).setParameter(2, d.title()).setParameter(3, Date.valueOf(d.effectiveFrom()))
                .setParameter(4, d.dueSoonHours()).setParameter(5, d.orderNoticeDays()).getSingleResult()).longValue();
        d.reassessment().forEach((level, p) -> em.createNativeQuery("INSERT INTO measures.reassessment_policy "
                        + "(protocol_id, level, max_interval_minutes, grace_minutes) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, level.name()).setParameter(3, (int) p.maxInterval().toMinutes())
                .setParameter(4, (int) p.grace().toMinutes()).executeUpdate());
        int pos = 0;
        for (ProtocolDefinition.MeasureDefinition m : d.measures()) {
            em.createNativeQuery("INSERT INTO measures.catalogue_measure (protocol_id, code, min_level, kind, "
                            + "frequency_hours, name_key, name, position) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS integer), ?6, ?7, ?8)")
                    .setParameter(1, id).setParameter(2, m.code()).setParameter(3, m.minLevel().name())
                    .setParameter(4, m.kind().name()).setParameter(5, m.frequencyHours()).setParameter(6, m.nameKey())
                    .setParameter(7, m.name()).setParameter(8, pos++).executeUpdate();
        }
        pos = 0;
        for (ProtocolDefinition.SafetyItemDefinition s : d.safetyPlan()) {
            em.createNativeQuery("INSERT INTO measures.safety_plan_template (protocol_id, code, name_key, name, position) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, id).setParameter(2, s.code()).setParameter(3, s.nameKey()).setParameter(4, s.name())
                    .setParameter(5, pos++).executeUpdate();
        }
        LOG.info(() -> "Protocol version " + d.code() + " loaded: " + d.measures().size() + " measures");
        return true;
    }

    /** The version in force on {@code day}: the latest whose effective date is not after it. */
    public Protocol inForce(LocalDate day) {
        List<?> ids = em.createNativeQuery("SELECT id FROM measures.protocol_version WHERE effective_from <= ?1 "
                        + "ORDER BY effective_from DESC, id DESC LIMIT 1")
                .setParameter(1, Date.valueOf(day)).getResultList();
        if (ids.isEmpty()) {
            throw new IllegalStateException("no protocol version in force on " + day);
        }
        return get(((Number) ids.get(0)).longValue());
    }

    public Protocol get(long id) {
        Protocol p = cache.get(id);
        if (p == null) {
            p = read(id);
            cache.put(id, p);
        }
        return p;
    }

    public Optional<Protocol> forCase(Long protocolId) {
        return protocolId == null ? Optional.empty() : Optional.of(get(protocolId));
    }

    private Protocol read(long id) {
        Object[] v = (Object[]) em.createNativeQuery("SELECT code, due_soon_hours, order_notice_days "
                + "FROM measures.protocol_version WHERE id = ?1").setParameter(1, id).getSingleResult();
        Map<RiskLevel, ProtocolDefinition.ReassessmentPeriod> periods = new EnumMap<>(RiskLevel.class);
        for (Object o : em.createNativeQuery("SELECT level, max_interval_minutes, grace_minutes "
                + "FROM measures.reassessment_policy WHERE protocol_id = ?1").setParameter(1, id).getResultList()) {
            Object[] r = (Object[]) o;
            periods.put(RiskLevel.valueOf((String) r[0]), new ProtocolDefinition.ReassessmentPeriod(
                    Duration.ofMinutes(((Number) r[1]).longValue()), Duration.ofMinutes(((Number) r[2]).longValue())));
        }
        List<Protocol.Item> items = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT id, code, min_level, kind, frequency_hours, name "
                + "FROM measures.catalogue_measure WHERE protocol_id = ?1 ORDER BY position").setParameter(1, id)
                .getResultList()) {
            Object[] r = (Object[]) o;
            items.add(new Protocol.Item(((Number) r[0]).longValue(), new ProtocolDefinition.MeasureDefinition(
                    (String) r[1], RiskLevel.valueOf((String) r[2]), MeasureKind.valueOf((String) r[3]),
                    r[4] == null ? null : ((Number) r[4]).intValue(), (String) r[5])));
        }
        List<Protocol.SafetyItem> safety = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT code, name_key, name, position FROM measures.safety_plan_template "
                + "WHERE protocol_id = ?1 ORDER BY position").setParameter(1, id).getResultList()) {
            Object[] r = (Object[]) o;
            safety.add(new Protocol.SafetyItem((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue()));
        }
        return new Protocol(id, (String) v[0], Duration.ofHours(((Number) v[1]).longValue()),
                ((Number) v[2]).intValue(), periods, items, safety);
    }
}
