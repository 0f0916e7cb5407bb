package es.viogen.municipal.boundary;

import es.viogen.municipal.api.LocalPoliceMandate;
import es.viogen.municipal.api.LocalPoliceMandateEnded;
import es.viogen.municipal.api.LocalPoliceMandates;
import es.viogen.municipal.api.MunicipalityIntegrated;
import es.viogen.municipal.control.AdhesionWorkflow;
import es.viogen.municipal.entity.Adhesion;
import es.viogen.municipal.entity.AdhesionAgreement;
import es.viogen.municipal.entity.AdhesionStatus;
import es.viogen.municipal.entity.AdhesionTransition;
import es.viogen.municipal.entity.CommissionMember;
import es.viogen.municipal.entity.FundingGrant;
import es.viogen.municipal.entity.Municipality;
import es.viogen.municipal.entity.ProgrammeEntry;
import es.viogen.municipal.entity.TrainingRecord;
import es.viogen.platform.api.DomainEvents;
import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.Texts;
import es.viogen.platform.api.UnitKind;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The adhesion desk: what the adhesion page shows, registering councils and moving them through the workflow; on
 * integration, the local police unit and its mandate (agreements, training and funds: {@link AdhesionRecords}).
 * Changes need an adhesion manager whose territory contains the municipality (or the system itself); each operation
 * takes the actor it acts for (pages and REST pass the caller, the system passes {@link Actor#SYSTEM}).
 */
@ApplicationScoped
public class AdhesionDesk implements LocalPoliceMandates {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    /** Everything the adhesion page shows about one municipality. */
    public record Detail(Municipality municipality, ProgrammeEntry programme, Adhesion adhesion,
                         List<AdhesionTransition> transitions, List<AdhesionAgreement> agreements,
                         List<TrainingRecord> training, List<FundingGrant> grants) {
        public AdhesionStatus status() {
            return adhesion == null ? AdhesionStatus.NOT_STARTED : adhesion.getStatus();
        }

        public AdhesionAgreement currentAgreement() {
            return agreements.isEmpty() ? null : agreements.get(0);
        }

        public int trainedHours() {
            return training.stream().mapToInt(TrainingRecord::getHours).sum();
        }

        public BigDecimal fundsTotal() {
            return grants.stream().map(FundingGrant::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** A commission member as entered on the agreement form. */
    public record MemberInput(CommissionMember.Side side, String name, String position) {
    }

    @PersistenceContext(unitName = "municipal")
    EntityManager em;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    Units units;

    @Inject
    Texts texts;

    @Inject
    DomainEvents integratedEvent;

    static LocalDate today() {
        return LocalDate.now(MADRID);
    }

    @Transactional
    public Detail detail(String ineCode) {
        Municipality m = municipality(ineCode);
        requireReadable(scope.actor(), m);
        Adhesion a = adhesion(ineCode).orElse(null);
        List<AdhesionTransition> transitions = List.of();
        List<AdhesionAgreement> agreements = List.of();
        List<TrainingRecord> training = List.of();
        List<FundingGrant> grants = List.of();
        if (a != null) {
            transitions = em.createQuery("SELECT t FROM AdhesionTransition t WHERE t.adhesionId = :a "
                    + "ORDER BY t.recordedAt DESC, t.id DESC", AdhesionTransition.class).setParameter("a", a.getId()).getResultList();
            agreements = agreements(a.getId());
            training = em.createQuery("SELECT t FROM TrainingRecord t WHERE t.adhesionId = :a ORDER BY t.trainedOn DESC, t.id DESC",
                    TrainingRecord.class).setParameter("a", a.getId()).getResultList();
            grants = em.createQuery("SELECT g FROM FundingGrant g WHERE g.adhesionId = :a ORDER BY g.grantedOn DESC, g.id DESC",
                    FundingGrant.class).setParameter("a", a.getId()).getResultList();
        }
        return new Detail(m, em.find(ProgrammeEntry.class, ineCode), a, transitions, agreements, training, grants);
    }

    /** Registers a council: it enters the region's programme list (with the reason) and its adhesion record exists. */
    @Transactional
    public void register(Actor actor, String ineCode, String reason) {
        Municipality m = municipality(ineCode);
        requireWritable(actor, m);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "validation.required");
        }
        Instant now = Instant.now();
        ProgrammeEntry p = em.find(ProgrammeEntry.class, ineCode);
        if (p == null) {
            em.persist(new ProgrammeEntry(ineCode, m.getRegionCode(), true, reason.trim(), actor.username(), now));
        } else if (!p.isIncluded()) {
            p.decide(true, reason.trim(), actor.username(), now);
        }
        if (adhesion(ineCode).isEmpty()) {
            em.persist(new Adhesion(ineCode, now));
        }
        audit.record(actor, AuditAction.CREATE, "Adhesion", ineCode, "council registered");
    }

    /**
     * Moves the council's adhesion to {@code to} after checking the workflow rules; on {@link AdhesionStatus#INTEGRATED}
     * creates or links its local police unit, records the mandate and publishes {@link MunicipalityIntegrated}.
     */
    @Transactional
    public Adhesion transition(Actor actor, String ineCode, AdhesionStatus to, LocalDate effectiveOn, String note) {
        Municipality m = municipality(ineCode);
        requireWritable(actor, m);
        if (to == null) {
            throw new InvalidInput("target", "validation.required");
        }
        if (note != null && note.length() > 1000) {
            throw new InvalidInput("note", "municipal.validation.tooLong", 1000);
        }
        Adhesion a = adhesion(ineCode).orElseGet(() -> {
            Adhesion fresh = new Adhesion(ineCode, Instant.now());
            em.persist(fresh);
            em.flush();
            return fresh;
        });
        em.lock(a, LockModeType.PESSIMISTIC_WRITE);
        List<AdhesionAgreement> agreements = agreements(a.getId());
        LocalDate today = today();
        AdhesionAgreement current = agreements.isEmpty() ? null : agreements.get(0);
        long trained = em.createQuery("SELECT COUNT(t) FROM TrainingRecord t WHERE t.adhesionId = :a", Long.class)
                .setParameter("a", a.getId()).getSingleResult();
        AdhesionWorkflow.check(a.getStatus(), to,
                new AdhesionWorkflow.Facts(current != null, current != null && current.inForceOn(today), (int) trained),
                effectiveOn, today, k -> texts.get(k));
        AdhesionStatus from = a.getStatus();
        Instant now = Instant.now();
        if (to == AdhesionStatus.INTEGRATED) {
            UnitView unit = localPoliceUnit(m);
            a.integrate(unit.id(), current.getMaxLevel(), now);
            integratedEvent.publish(new MunicipalityIntegrated(ineCode, unit.id(), now));
        } else {
            Long endedUnit = from == AdhesionStatus.INTEGRATED ? a.getLocalPoliceUnitId() : null;
            a.moveTo(to, now);
            if (endedUnit != null) {
                // the local police lose their mandate: accounts off, cases to the state police (same transaction)
                units.deactivateMembers(endedUnit);
                integratedEvent.publish(new LocalPoliceMandateEnded(ineCode, endedUnit, "WITHDRAWN", now));
            }
        }
        em.persist(new AdhesionTransition(a.getId(), from, to, effectiveOn, now, actor.username(),
                note == null || note.isBlank() ? null : note.trim()));
        audit.record(actor, AuditAction.UPDATE, "Adhesion", ineCode, "adhesion " + from + " -> " + to);
        return a;
    }

    /** The municipality's Policía Local unit: the existing one with code {@code PL-<ine>}, or a new one. */
    private UnitView localPoliceUnit(Municipality m) {
        String code = "PL-" + m.getIneCode();
        return units.findByCode(code).orElseGet(() -> units.create(code, "Policía Local de " + m.getName(),
                UnitKind.LOCAL_POLICE, new Territory(m.getRegionCode(), m.getProvinceCode(), m.getIneCode())));
    }

    @Override
    @Transactional
    public Optional<LocalPoliceMandate> forUnit(long unitId) {
        LocalDate today = today();
        return em.createQuery("SELECT a FROM Adhesion a WHERE a.localPoliceUnitId = :u AND a.status = :s", Adhesion.class)
                .setParameter("u", unitId).setParameter("s", AdhesionStatus.INTEGRATED).getResultStream()
                .filter(a -> {
                    List<AdhesionAgreement> ag = agreements(a.getId());
                    return !ag.isEmpty() && ag.get(0).inForceOn(today); // an expired agreement is no mandate
                })
                .findFirst()
                .map(a -> new LocalPoliceMandate(unitId, a.getIneCode(), a.getMaxLevel()));
    }

    public Optional<Adhesion> adhesion(String ineCode) {
        return em.createQuery("SELECT a FROM Adhesion a WHERE a.ineCode = :c", Adhesion.class).setParameter("c", ineCode)
                .getResultStream().findFirst();
    }

    public List<AdhesionAgreement> agreements(long adhesionId) {
        return em.createQuery("SELECT g FROM AdhesionAgreement g WHERE g.adhesionId = :a ORDER BY g.signedOn DESC, g.id DESC",
                AdhesionAgreement.class).setParameter("a", adhesionId).getResultList();
    }

    /** The municipality of the registry, or 404. */
    public Municipality municipality(String ineCode) {
        Municipality m = ineCode == null ? null : em.find(Municipality.class, ineCode.trim());
        if (m == null) {
            throw new RecordNotFound("Municipality", ineCode);
        }
        return m;
    }

    private Territory territory(Municipality m) {
        return new Territory(m.getRegionCode(), m.getProvinceCode(), m.getIneCode());
    }

    public void requireReadable(Actor actor, Municipality m) {
        if (actor.isSystem() || actor.hasRole(Role.ADMIN)) {
            return;
        }
        if ((actor.hasRole(Role.ADHESION_MANAGER) || actor.hasRole(Role.REGIONAL_UNIT)) && actor.territory() != null
                && actor.territory().contains(territory(m))) {
            return;
        }
        audit.record(actor, AuditAction.ACCESS_DENIED, "Adhesion", m.getIneCode(), "outside the actor's territory");
        throw new AccessDenied();
    }

    /** Changes need an adhesion manager whose territory contains the municipality, or the system itself. */
    public void requireWritable(Actor actor, Municipality m) {
        if (actor.isSystem()) {
            return;
        }
        if (actor.hasRole(Role.ADHESION_MANAGER) && actor.territory() != null && actor.territory().contains(territory(m))) {
            return;
        }
        audit.record(actor, AuditAction.ACCESS_DENIED, "Adhesion", m.getIneCode(), "not an adhesion manager of the territory");
        throw new AccessDenied();
    }
}
