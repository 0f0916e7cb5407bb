package es.viogen.intake.boundary;

import es.viogen.intake.api.CaseQueries;
import es.viogen.intake.api.CaseRiskRecorder;
import es.viogen.intake.api.CaseSummary;
import es.viogen.intake.control.CaseDetail;
import es.viogen.intake.control.CaseFilter;
import es.viogen.intake.control.CaseListQuery;
import es.viogen.intake.control.CaseRepository;
import es.viogen.intake.control.CaseRow;
import es.viogen.intake.control.MunicipalityDirectory;
import es.viogen.intake.entity.Case;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.TimelineContribution;
import es.viogen.platform.api.TimelineEntry;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reading cases: other modules' queries ({@link CaseQueries}), the risk module's level updates
 * ({@link CaseRiskRecorder}), the case page, list and export. Every read of a case for a person or partner is checked
 * against the actor's scope and audited.
 */
@ApplicationScoped
public class CaseFiles implements CaseQueries, CaseRiskRecorder, es.viogen.intake.api.CaseJudicialOrders {

    private static final Logger LOG = Logger.getLogger(CaseFiles.class.getName());
    public static final int EXPORT_MAX = 10_000;

    @Inject
    CaseRepository repository;

    @Inject
    AccessScope scope;

    @Inject
    CaseGatekeeper gate;

    @Inject
    AuditLog audit;

    @Inject
    Units units;

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    LocalPoliceHandover handover;

    @Inject
    @Any
    Instance<TimelineContribution> timelines;

    @Inject
    @Any
    Instance<es.viogen.platform.api.CaseGlance> glances;

    @Inject
    es.viogen.platform.api.Texts texts;

    @Override
    @Transactional
    public Optional<CaseSummary> find(long caseId) {
        return repository.find(caseId).map(CaseFiles::summary);
    }

    @Override
    @Transactional
    public CaseSummary requireReadable(long caseId, String purpose) {
        return summary(gate.read(caseId, purpose));
    }

    @Override
    @Transactional
    public void levelAssessed(long caseId, RiskLevel level, boolean especialRelevancia, boolean minorsAtRisk,
                              Instant assessedAt) {
        Case c = repository.findForUpdate(caseId).orElseThrow(() -> new RecordNotFound("Case", caseId));
        c.levelAssessed(level, especialRelevancia, minorsAtRisk, assessedAt == null ? Instant.now() : assessedAt);
        // a level above the local police's mandate moves the case to the state police in this same transaction
        handover.levelRecorded(c);
    }

    @Override
    @Transactional
    public void judicialOrderRecorded(long caseId, long orderId, String type, java.time.LocalDate startsOn,
                                      java.time.LocalDate endsOn) {
        repository.em().createNativeQuery("INSERT INTO intake.judicial_order_copy (order_id, case_id, type, starts_on, ends_on) "
                        + "VALUES (?1, ?2, ?3, CAST(?4 AS date), CAST(?5 AS date)) ON CONFLICT (order_id) DO UPDATE SET starts_on = EXCLUDED.starts_on, "
                        + "ends_on = EXCLUDED.ends_on, recorded_at = now()")
                .setParameter(1, orderId).setParameter(2, caseId).setParameter(3, type)
                .setParameter(4, startsOn.toString())
                .setParameter(5, endsOn == null ? null : endsOn.toString()).executeUpdate();
    }

    /** The case page: checks the scope (403, audited) and records the read. */
    @Transactional
    public CaseDetail open(long caseId, String purpose) {
        Case c = gate.read(caseId, purpose);
        Actor actor = scope.actor();
        boolean owner = !actor.isPartner() && actor.unitId() != null && actor.unitId() == c.getUnitId();
        return new CaseDetail(c, unitName(c.getUnitId()), municipalities.name(c.getMunicipalityCode()).orElse(null),
                repository.victimOf(caseId).orElse(null), repository.aggressorOf(caseId).orElse(null),
                repository.minorsOf(caseId), repository.complaintsOf(caseId), repository.incidentsOf(caseId),
                repository.transfersOf(caseId), repository.inactivationsOf(caseId), owner, owner);
    }

    /**
     * The printable case file of the unit: the same reader-filtered content as the case page (its READ is audited as
     * such) and an EXPORT row, since the file leaves the system on paper.
     */
    @Transactional
    public byte[] caseFile(long caseId) {
        CaseDetail d = open(caseId, "case file PDF");
        audit.record(AuditAction.EXPORT, "Case", String.valueOf(caseId), "case file PDF");
        return es.viogen.intake.control.CaseFilePdf.of(d, glance(caseId), timeline(caseId), scope.actor().displayName(),
                (k, a) -> texts.get(k, a));
    }

    /**
     * The head of the case page: every module's facts and actions, in their order. A contribution that fails is not
     * silently left out: the page says that part of the picture is missing.
     */
    public List<es.viogen.platform.api.GlanceItem> glance(long caseId) {
        gate.readable(caseId);
        List<es.viogen.platform.api.GlanceItem> all = new ArrayList<>();
        for (es.viogen.platform.api.CaseGlance g : glances) {
            try {
                all.addAll(g.glanceOf(caseId));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A case glance contribution failed for case " + caseId, e);
                all.add(es.viogen.platform.api.GlanceItem.fact(999, "glance-unavailable",
                        texts.get("intake.glance.unavailable"), texts.get("intake.glance.unavailableText"), true, null));
            }
        }
        all.sort(Comparator.comparingInt(es.viogen.platform.api.GlanceItem::order));
        return all;
    }

    /** The case's timeline: intake's facts and every other module's contribution, newest first. */
    public List<TimelineEntry> timeline(long caseId) {
        gate.readable(caseId);
        List<TimelineEntry> all = new ArrayList<>();
        for (TimelineContribution t : timelines) {
            try {
                all.addAll(t.entriesForCase(caseId));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A timeline contribution failed for case " + caseId, e);
            }
        }
        all.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.naturalOrder())).reversed());
        return all;
    }

    /**
     * One page of the list: the cases after {@code after} (null: from the newest), {@code skip} of them skipped. One
     * statement for the cases with their victims' and aggressors' names, one for the units' names.
     */
    @Transactional
    public List<CaseRow> list(CaseFilter filter, CaseListQuery.Key after, int skip, int max) {
        List<CaseRow> rows = rows(repository.page(filter, scope.visibility(), after, skip, Math.min(max, 200)));
        audit.record(AuditAction.SEARCH, "Case", null, "case list, " + rows.size() + " rows");
        return rows;
    }

    /** The list's size up to {@link CaseListQuery#COUNT_CAP}; {@code COUNT_CAP + 1} means "more than that". */
    @Transactional
    public long count(CaseFilter filter) {
        return repository.countCapped(filter, scope.visibility(), CaseListQuery.COUNT_CAP);
    }

    /** Every visible case of the filter (at most {@value #EXPORT_MAX}) in one statement, audited as an export. */
    @Transactional
    public List<CaseRow> export(CaseFilter filter, String format) {
        List<CaseRow> rows = rows(repository.page(filter, scope.visibility(), null, 0, EXPORT_MAX));
        audit.record(AuditAction.EXPORT, "Case", null, "case list exported as " + format + ", " + rows.size() + " rows");
        return rows;
    }

    /** Matches of a document split by the actor's scope: visible ones, and how many lie outside it. */
    public record DocumentMatches(List<es.viogen.intake.control.DuplicateMatch> visible, int outsideScope) {
    }

    @Inject
    es.viogen.intake.control.DuplicateSearch duplicates;

    /** Duplicate search by document for partners: only matches in their scope are described. Audited. */
    @Transactional
    public DocumentMatches searchByDocument(String document) {
        List<es.viogen.intake.control.DuplicateMatch> all = duplicates.byDocument(document);
        List<es.viogen.intake.control.DuplicateMatch> visible = new ArrayList<>();
        for (var m : all) {
            repository.find(m.getCaseId()).filter(gate::visible).ifPresent(c -> visible.add(m));
        }
        audit.record(AuditAction.SEARCH, "Case", null, "duplicate search by document, " + all.size() + " matches");
        return new DocumentMatches(visible, all.size() - visible.size());
    }

    /** Units the current actor can see cases of, for the list filter. */
    public List<UnitView> visibleUnits() {
        return units.all().stream().filter(es.viogen.intake.control.OwnershipRules::canOwnCases)
                .filter(gate::mayReadCasesOf)
                .toList();
    }

    private List<CaseRow> rows(List<Object[]> page) {
        Set<Long> unitIds = new HashSet<>();
        for (Object[] r : page) {
            unitIds.add(CaseListQuery.unitId(r));
        }
        Map<Long, UnitView> named = units.findAll(unitIds);
        List<CaseRow> out = new ArrayList<>(page.size());
        for (Object[] r : page) {
            out.add(CaseListQuery.row(r, id -> named.containsKey(id) ? named.get(id).name() : String.valueOf(id)));
        }
        return out;
    }

    public String unitName(long unitId) {
        return units.find(unitId).map(UnitView::name).orElse(String.valueOf(unitId));
    }

    static CaseSummary summary(Case c) {
        return new CaseSummary(c.getId(), c.getCaseNumber(), c.getStatus(), c.getUnitId(), c.territory(),
                c.getCurrentLevel(), c.isEspecialRelevancia(), c.isMinorsAtRisk(), c.getOpenedAt());
    }
}
