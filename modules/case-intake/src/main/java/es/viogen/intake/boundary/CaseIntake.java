package es.viogen.intake.boundary;

import es.viogen.intake.api.CaseOpened;
import es.viogen.intake.api.CaseRef;
import es.viogen.intake.api.CaseRegistration;
import es.viogen.intake.api.NewCase;
import es.viogen.intake.api.NewMinor;
import es.viogen.intake.api.NewVictim;
import es.viogen.intake.api.PersonIdentity;
import es.viogen.intake.control.CaseNumbers;
import es.viogen.intake.control.CaseRepository;
import es.viogen.intake.control.DuplicateMatch;
import es.viogen.intake.control.DuplicateSearch;
import es.viogen.intake.control.IdentityDocuments;
import es.viogen.intake.control.IntakeValidation;
import es.viogen.intake.control.LocalPoliceSplit;
import es.viogen.intake.control.MunicipalityDirectory;
import es.viogen.intake.control.OwnershipRules;
import es.viogen.intake.control.PersonNames;
import es.viogen.intake.entity.Aggressor;
import es.viogen.intake.entity.Case;
import es.viogen.intake.entity.Complaint;
import es.viogen.intake.entity.Identity;
import es.viogen.intake.entity.Minor;
import es.viogen.intake.entity.Victim;
import es.viogen.platform.api.DomainEvents;
import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.CurrentActor;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Registers complaints as new cases: validates everything first (nothing written on bad input), then writes the case,
 * victim, aggressor, minors and complaint in one transaction, links people already known, flags repeat aggressors,
 * audits the creation and fires {@link CaseOpened} inside the transaction.
 */
@ApplicationScoped
public class CaseIntake implements CaseRegistration {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Inject
    CaseRepository repository;

    @Inject
    DuplicateSearch duplicates;

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    Validator validator;

    @Inject
    LocalPoliceSplit split;

    @Inject
    Units units;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditLog audit;

    @Inject
    DomainEvents opened;

    @Inject
    PairCases pairs;

    Clock clock = Clock.systemUTC();

    /**
     * Who decided what to do with the possible duplicates shown during intake, and, when the pair already has a case,
     * the officer's reason for opening a separate one anyway ({@code null}: attach to the existing case).
     */
    public record Links(Long victimPersonRef, Long aggressorPersonRef, String separateCaseReason) {
        public static final Links NONE = new Links(null, null, null);

        public Links(Long victimPersonRef, Long aggressorPersonRef) {
            this(victimPersonRef, aggressorPersonRef, null);
        }
    }

    @Override
    @Transactional
    public CaseRef register(NewCase newCase) {
        return register(currentActor.get(), newCase, Links.NONE);
    }

    /**
     * Registers for a given actor (the wizard passes the officer's link-or-proceed decisions).
     */
    @Transactional
    public CaseRef register(Actor actor, NewCase c, Links links) {
        if (actor == null || actor.isAnonymous() || !(actor.isSystem() || actor.isPartner()
                || OwnershipRules.worksCases(actor))) {
            audit.record(actor == null ? Actor.ANONYMOUS : actor, AuditAction.ACCESS_DENIED, "Case", null, "register: role not allowed");
            throw new AccessDenied();
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(MADRID).toLocalDate();
        List<FieldError> errors = new ArrayList<>(fieldErrors(c));
        UnitView unit = resolveUnit(actor, c == null ? null : c.responsibleUnitId(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (!OwnershipRules.mayRegisterFor(actor, unit)) {
            audit.record(actor, AuditAction.ACCESS_DENIED, "Unit", String.valueOf(unit.id()), "register: unit outside the actor's scope");
            throw new AccessDenied();
        }
        String ine = c.complaint().municipalityCode().trim();
        long victimRef = personRef(links.victimPersonRef(), duplicates.victims(c.victim().identity()));
        long aggressorRef = personRef(links.aggressorPersonRef(), duplicates.aggressors(c.aggressor().identity()));
        Optional<Case> pairCase = pairs.caseOfPair(victimRef, aggressorRef);
        String separate = trim(links.separateCaseReason());
        if (pairCase.isPresent() && separate == null) {
            return pairs.attach(actor, pairCase.get(), c, now);
        }
        if (separate != null && separate.length() > 1000) {
            throw new InvalidInput("separateCaseReason", "intake.validation.length", 1000);
        }
        Territory territory = municipalities.territory(ine);
        int year = today.getYear();
        Case kase = new Case(CaseNumbers.format(year, repository.nextCaseSequence()), unit.id(), territory, now,
                actor.username());
        repository.em().persist(kase);
        repository.em().flush();
        long caseId = kase.getId();

        NewVictim nv = c.victim();
        repository.em().persist(new Victim(caseId, victimRef, identity(nv.identity()), trim(nv.language()),
                nv.interpreterNeeded(), trim(nv.safeContactChannel()), trim(nv.safeCallWindow()), trim(nv.phone()),
                trim(nv.address()), nv.addressProtected()));
        repository.em().persist(new Aggressor(caseId, aggressorRef, identity(c.aggressor().identity()),
                c.aggressor().relationship(), c.aggressor().cohabiting(), c.aggressor().weaponsLicence(),
                c.aggressor().whereaboutsKnown()));
        for (NewMinor m : c.minors()) {
            repository.em().persist(new Minor(caseId, m.firstName().trim(), m.age(), m.commonChild(),
                    trim(m.custodyArrangement()), trim(m.school())));
        }
        var k = c.complaint();
        repository.em().persist(new Complaint(caseId, trim(k.atestadoNumber()), k.filedAt(), trim(k.place()), ine,
                k.channel(), trim(k.summary()), now, actor.username()));
        repository.em().flush();
        flagRepeatAggressor(aggressorRef);
        audit.record(actor, AuditAction.CREATE, "Case", String.valueOf(caseId), pairCase.isPresent()
                ? "intake of a complaint: separate case from " + pairCase.get().getCaseNumber() + ", reason: " + separate
                : "intake of a complaint");
        opened.publish(new CaseOpened(caseId, kase.getCaseNumber(), unit.id(), ine, now));
        return new CaseRef(caseId, kase.getCaseNumber());
    }

    /** What is wrong with an intake's fields (the wizard checks each step with this before moving on). */
    public List<FieldError> fieldErrors(NewCase c) {
        return IntakeValidation.check(validator, c, municipalities::known);
    }

    private UnitView resolveUnit(Actor actor, Long requested, List<FieldError> errors) {
        Long unitId = requested;
        if (unitId == null && actor.role() != null && actor.role().isOfficer()) {
            unitId = actor.unitId();
        }
        if (unitId == null) {
            errors.add(new FieldError("responsibleUnitId", "intake.validation.required"));
            return null;
        }
        Optional<UnitView> unit = units.find(unitId);
        if (unit.isEmpty() || !OwnershipRules.canOwnCases(unit.get())) {
            errors.add(new FieldError("responsibleUnitId", "intake.validation.unit.unknown", String.valueOf(unitId)));
            return null;
        }
        if (split.maxLevel(unit.get()).isEmpty()) {
            errors.add(new FieldError("responsibleUnitId", "intake.validation.unit.notIntegrated", unit.get().name()));
            return null;
        }
        return unit.get();
    }

    /**
     * The person reference for a new victim/aggressor record: the one the officer chose to link to, else the one of a
     * record with the same document (the same document is the same person), else a new one.
     */
    private long personRef(Long chosen, List<DuplicateMatch> matches) {
        if (chosen != null) {
            for (DuplicateMatch m : matches) {
                if (m.getPersonRef() == chosen) {
                    return chosen;
                }
            }
            throw new InvalidInput("link", "intake.validation.link.unknown");
        }
        return matches.stream().filter(m -> m.getKind() == DuplicateMatch.Kind.DOCUMENT)
                .map(DuplicateMatch::getPersonRef).findFirst().orElseGet(repository::nextPersonRef);
    }

    /** An aggressor with cases against two or more victims is flagged on every one of those cases. */
    void flagRepeatAggressor(long aggressorRef) {
        List<Aggressor> records = repository.aggressorsOfPerson(aggressorRef);
        Set<Long> victims = new HashSet<>();
        for (Aggressor a : records) {
            repository.victimPersonRefOfCase(a.getCaseId()).ifPresent(victims::add);
        }
        if (victims.size() >= 2) {
            for (Aggressor a : records) {
                repository.findForUpdate(a.getCaseId()).ifPresent(Case::markRepeatAggressor);
            }
        }
    }

    static Identity identity(PersonIdentity p) {
        return new Identity(p.firstName().trim(), p.lastName1().trim(), trim(p.lastName2()),
                PersonNames.key(p.firstName(), p.lastName1(), p.lastName2()), p.documentType(),
                IdentityDocuments.normalise(p.documentNumber()), p.birthDate(), trim(p.nationality()));
    }

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }
}
