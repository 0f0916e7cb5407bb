package es.viogen.municipal.boundary;

import es.viogen.municipal.entity.CrisisCentre;
import es.viogen.municipal.entity.CrisisService;
import es.viogen.municipal.entity.Referral;
import es.viogen.municipal.entity.ReferralStatus;
import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.CaseGate;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.RuleViolation;
import es.viogen.platform.api.TimelineContribution;
import es.viogen.platform.api.TimelineEntry;
import es.viogen.platform.api.ScopePredicate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The directory of 24-hour crisis centres and the referrals of victims to them. A referral names the case by id only;
 * this module cannot see cases, so who may refer is decided by the actor's role and territory alone (officers and
 * regional units, to a centre of their own region), and the victim's consent must be recorded.
 */
@ApplicationScoped
public class CrisisCentreDirectory implements TimelineContribution {

    @PersistenceContext(unitName = "municipal")
    EntityManager em;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    /** Intake's case-access gate (published in platform's api: this module may not use intake's). */
    @Inject
    CaseGate cases;

    @Inject
    es.viogen.platform.api.Texts texts;

    @Transactional
    public List<CrisisCentre> centres(String regionCode, String provinceCode) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM CrisisCentre c WHERE c.active = true");
        if (regionCode != null && !regionCode.isBlank()) {
            jpql.append(" AND c.regionCode = :r");
        }
        if (provinceCode != null && !provinceCode.isBlank()) {
            jpql.append(" AND c.provinceCode = :p");
        }
        var q = em.createQuery(jpql.append(" ORDER BY c.provinceCode, c.name").toString(), CrisisCentre.class);
        if (regionCode != null && !regionCode.isBlank()) {
            q.setParameter("r", regionCode.trim());
        }
        if (provinceCode != null && !provinceCode.isBlank()) {
            q.setParameter("p", provinceCode.trim());
        }
        return q.getResultList();
    }

    @Transactional
    public CrisisCentre centre(long id) {
        CrisisCentre c = em.find(CrisisCentre.class, id);
        if (c == null) {
            throw new RecordNotFound("CrisisCentre", id);
        }
        return c;
    }

    /** Refers the victim of case {@code caseId} to a centre; refused without her consent. */
    @Transactional
    public Referral refer(Long caseId, Long centreId, CrisisService service, boolean consentGiven, LocalDate consentOn,
                          String note) {
        Actor actor = scope.actor();
        scope.requireRole(Role.REGIONAL_UNIT, Role.POLICE_OFFICER, Role.LOCAL_POLICE_OFFICER, Role.UNIT_SUPERVISOR);
        List<FieldError> errors = new ArrayList<>();
        if (caseId == null || caseId <= 0) {
            errors.add(new FieldError("caseId", "validation.required"));
        }
        if (centreId == null) {
            errors.add(new FieldError("centre", "validation.required"));
        }
        if (consentOn == null || consentOn.isAfter(AdhesionDesk.today())) {
            errors.add(new FieldError("consentOn", "municipal.referral.consentDate"));
        }
        if (note != null && note.length() > 1000) {
            errors.add(new FieldError("note", "municipal.validation.tooLong", 1000));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (!consentGiven) {
            throw new RuleViolation("REFERRAL_CONSENT", "municipal.referral.noConsent");
        }
        // the case must exist (404) and be the actor's to read (403, audited once): intake's gate decides
        cases.requireReadable(caseId, "municipal: refer the victim to a crisis centre");
        CrisisCentre c = centre(centreId);
        if (actor.territory() == null || actor.territory().regionCode() != null
                && !actor.territory().regionCode().equals(c.getRegionCode())) {
            audit.record(AuditAction.ACCESS_DENIED, "Case", caseId.toString(), "referral outside the actor's region");
            throw new AccessDenied();
        }
        if (service != null && !c.offers(service)) {
            throw new InvalidInput("service", "municipal.referral.serviceNotOffered");
        }
        Referral r = new Referral(caseId, c.getId(), service, consentOn, actor.username(), actor.unitId(), c.territory(),
                note == null || note.isBlank() ? null : note.trim(), actor.username(), Instant.now());
        em.persist(r);
        em.flush();
        audit.record(AuditAction.CREATE, "Case", caseId.toString(), "referral " + r.getId() + " to crisis centre " + c.getCode());
        return r;
    }

    /** The maximum rows of one page of referrals. */
    public static final int PAGE_MAX = 200;

    /**
     * One page of the referrals the current actor may see (their unit's, or their territory's), newest first:
     * filtered and paged in the query.
     */
    @Transactional
    public List<Referral> referrals(Long caseId, int first, int max) {
        List<Referral> page = referralQuery("SELECT r FROM Referral r", caseId, " ORDER BY r.createdAt DESC, r.id DESC",
                Referral.class).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, PAGE_MAX)))
                .getResultList();
        audit.record(AuditAction.SEARCH, "Referral", caseId == null ? null : caseId.toString(), "referrals listed");
        return page;
    }

    @Transactional
    public long countReferrals(Long caseId) {
        return referralQuery("SELECT COUNT(r) FROM Referral r", caseId, "", Long.class).getSingleResult();
    }

    private <T> jakarta.persistence.TypedQuery<T> referralQuery(String select, Long caseId, String order, Class<T> type) {
        ScopePredicate.Jpql scoped = ScopePredicate.jpql(scope.visibility(), REFERRAL_PLACE);
        var q = em.createQuery(select + " WHERE " + scoped.text() + (caseId == null ? "" : " AND r.caseId = :c") + order,
                type);
        if (caseId != null) {
            q.setParameter("c", caseId);
        }
        return scoped.bind(q);
    }

    /** A referral sits where its crisis centre is (region, province) and belongs to the referring unit. */
    private static final ScopePredicate.Columns REFERRAL_PLACE =
            new ScopePredicate.Columns("r.referringUnit", "r.regionCode", "r.provinceCode", null);

    @Transactional
    public void changeStatus(long referralId, ReferralStatus status) {
        Referral r = em.find(Referral.class, referralId);
        if (r == null) {
            throw new RecordNotFound("Referral", referralId);
        }
        scope.requireRead(r.location(), "Referral", Long.toString(referralId));
        scope.requireRole(Role.REGIONAL_UNIT, Role.POLICE_OFFICER, Role.LOCAL_POLICE_OFFICER, Role.UNIT_SUPERVISOR);
        if (status == null || status == ReferralStatus.SENT) {
            throw new InvalidInput("status", "validation.required");
        }
        r.changeStatus(status, Instant.now());
        audit.record(AuditAction.UPDATE, "Case", Long.toString(r.getCaseId()), "referral " + referralId + " -> " + status);
    }

    @Override
    @Transactional
    public List<TimelineEntry> entriesForCase(long caseId) {
        List<Object[]> rows = em.createQuery("SELECT r.createdAt, c.name, r.status FROM Referral r, CrisisCentre c "
                + "WHERE c.id = r.centreId AND r.caseId = :c ORDER BY r.createdAt", Object[].class)
                .setParameter("c", caseId).getResultList();
        return rows.stream().map(o -> new TimelineEntry((Instant) o[0], "REFERRAL", "municipal.timeline.referral",
                List.of((String) o[1], texts.get("referralStatus." + o[2])), "/municipal/crisis-centres.xhtml")).toList();
    }
}
