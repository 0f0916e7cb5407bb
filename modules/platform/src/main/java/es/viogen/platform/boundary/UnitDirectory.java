package es.viogen.platform.boundary;

import es.viogen.platform.api.Territory;
import es.viogen.platform.api.UnitKind;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import es.viogen.platform.entity.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Units, as the other modules see them. */
@ApplicationScoped
public class UnitDirectory implements Units {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Override
    @Transactional
    public Optional<UnitView> find(long id) {
        return Optional.ofNullable(em.find(Unit.class, id)).map(Unit::view);
    }

    @Override
    @Transactional
    public Optional<UnitView> findByCode(String code) {
        return em.createQuery("SELECT u FROM Unit u WHERE u.code = :c", Unit.class).setParameter("c", code)
                .getResultStream().findFirst().map(Unit::view);
    }

    @Override
    @Transactional
    public List<UnitView> all() {
        return em.createQuery("SELECT u FROM Unit u ORDER BY u.name", Unit.class).getResultStream().map(Unit::view).toList();
    }

    @Override
    @Transactional
    public Map<Long, UnitView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT u FROM Unit u WHERE u.id IN :ids", Unit.class).setParameter("ids", List.copyOf(ids))
                .getResultStream().map(Unit::view).collect(Collectors.toMap(UnitView::id, u -> u));
    }

    @Override
    @Transactional
    public UnitView create(String code, String name, UnitKind kind, Territory territory) {
        Optional<UnitView> existing = findByCode(code);
        if (existing.isPresent()) {
            return existing.get();
        }
        Unit u = new Unit(code, name, kind, territory);
        em.persist(u);
        em.flush();
        return u.view();
    }

    @Override
    @Transactional
    public int deactivateMembers(long unitId) {
        return em.createQuery("UPDATE UserAccount a SET a.active = false, a.version = a.version + 1 "
                + "WHERE a.unit.id = :u AND a.active = true").setParameter("u", unitId).executeUpdate();
    }
}
