package es.viogen.risk.control;

import es.viogen.risk.api.AssessmentKind;
import es.viogen.risk.entity.InstrumentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stored instrument versions and their parsed form. A stored version never changes, so parsed instruments are cached
 * by code and version (safe with several instances over one database).
 */
@ApplicationScoped
public class InstrumentCatalog {

    @PersistenceContext(unitName = "risk")
    EntityManager em;

    private final Map<String, Instrument> parsed = new ConcurrentHashMap<>();

    public List<InstrumentVersion> all() {
        return em.createQuery("SELECT i FROM InstrumentVersion i ORDER BY i.code, i.loadedAt DESC", InstrumentVersion.class)
                .getResultList();
    }

    public Optional<InstrumentVersion> find(String code, String version) {
        return em.createQuery("SELECT i FROM InstrumentVersion i WHERE i.code = :c AND i.version = :v",
                InstrumentVersion.class).setParameter("c", code).setParameter("v", version).getResultStream().findFirst();
    }

    public Optional<InstrumentVersion> currentOf(String code) {
        return em.createQuery("SELECT i FROM InstrumentVersion i WHERE i.code = :c AND i.current = TRUE",
                InstrumentVersion.class).setParameter("c", code).getResultStream().findFirst();
    }

    /** The current instrument for a kind (the most recently loaded current one, if several codes share it). */
    public Optional<InstrumentVersion> currentFor(AssessmentKind kind) {
        return em.createQuery("SELECT i FROM InstrumentVersion i WHERE i.kind = :k AND i.current = TRUE "
                        + "ORDER BY i.loadedAt DESC", InstrumentVersion.class)
                .setParameter("k", kind).setMaxResults(1).getResultStream().findFirst();
    }

    public Instrument parse(InstrumentVersion v) {
        return parsed.computeIfAbsent(v.getCode() + "/" + v.getVersion() + "/" + v.getSha256(),
                k -> InstrumentReader.read(v.getDefinition()));
    }

    public Optional<Instrument> instrument(String code, String version) {
        return find(code, version).map(this::parse);
    }

    public void store(InstrumentVersion v) {
        em.persist(v);
    }

    /** Retires the current version of the code (before another becomes current). */
    public void retireCurrent(String code) {
        currentOf(code).ifPresent(c -> {
            c.retire();
            em.flush();
        });
    }
}
