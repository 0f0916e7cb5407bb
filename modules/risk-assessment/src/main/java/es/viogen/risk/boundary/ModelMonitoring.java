package es.viogen.risk.boundary;

import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.NativeSql;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.ScopePredicate;
import es.viogen.platform.api.UnitKind;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import es.viogen.platform.api.Visibility;
import es.viogen.risk.control.ModelMonitoringQueries;
import es.viogen.risk.control.OutcomeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How well an instrument version separates the assessments that were followed by harm from those that were not,
 * measured on this installation's own data ({@link ModelMonitoringQueries}). For administrators (the whole country:
 * aggregates only, never a person's record), regional units (their territory) and partners with the scope
 * {@value #SCOPE} (their territory). Every read is audited; anyone else is refused, audited.
 */
@ApplicationScoped
public class ModelMonitoring {

    public static final String SCOPE = "model-monitoring:read";
    public static final Set<Integer> WINDOWS = Set.of(30, 90, 180);
    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    /** Which outcomes count: any of them, or only the confirmed serious ones. */
    public enum OutcomeSet {
        ANY(EnumSet.allOf(OutcomeKind.class)), SERIOUS(EnumSet.of(OutcomeKind.SERIOUS));

        final Set<OutcomeKind> kinds;

        OutcomeSet(Set<OutcomeKind> kinds) {
            this.kinds = kinds;
        }
    }

    /** The filters of the page and of the REST operation (all optional but the instrument version). */
    public record Request(String code, String version, Integer windowDays, String outcome, LocalDate from,
                          LocalDate to, String unitKind, String regionCode, String provinceCode) {
    }

    /** The unit kinds that assess (the filter's choices). */
    public static final List<UnitKind> ASSESSING_KINDS = List.of(UnitKind.NATIONAL_POLICE, UnitKind.GUARDIA_CIVIL,
            UnitKind.LOCAL_POLICE);

    @PersistenceContext(unitName = "risk")
    EntityManager em;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    Units units;

    @Inject
    InstrumentLibrary library;

    /** Whether the current actor may see the monitoring at all (the page's menu entry and guard). */
    public boolean allowed() {
        Actor a = scope.actor();
        return a != null && (a.hasRole(Role.ADMIN) || a.hasRole(Role.REGIONAL_UNIT)
                || a.isPartner() && a.hasScope(SCOPE));
    }

    @Transactional
    public ModelMonitoringQueries.Report report(Request r) {
        Actor a = scope.actor();
        String record = (r == null ? "?" : r.code() + "/" + r.version());
        if (!allowed()) {
            audit.record(a, AuditAction.ACCESS_DENIED, "ModelMonitoring", record, "model monitoring: role or scope missing");
            throw new AccessDenied();
        }
        List<FieldError> errors = new ArrayList<>();
        int window = r.windowDays() == null ? 90 : r.windowDays();
        if (!WINDOWS.contains(window)) {
            errors.add(new FieldError("window", "risk.monitoring.invalid.window"));
        }
        OutcomeSet outcomes = OutcomeSet.ANY;
        if (r.outcome() != null && !r.outcome().isBlank()) {
            try {
                outcomes = OutcomeSet.valueOf(r.outcome());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("outcome", "risk.monitoring.invalid.outcome"));
            }
        }
        UnitKind kind = null;
        if (r.unitKind() != null && !r.unitKind().isBlank()) {
            kind = ASSESSING_KINDS.stream().filter(k -> k.name().equals(r.unitKind())).findFirst().orElse(null);
            if (kind == null) {
                errors.add(new FieldError("unitKind", "risk.monitoring.invalid.unitKind"));
            }
        }
        if (r.from() != null && r.to() != null && r.to().isBefore(r.from())) {
            errors.add(new FieldError("to", "risk.monitoring.invalid.period"));
        }
        if (r.regionCode() != null && !r.regionCode().matches("\\d{2}")) {
            errors.add(new FieldError("region", "risk.monitoring.invalid.region"));
        }
        if (r.provinceCode() != null && !r.provinceCode().matches("\\d{2}")) {
            errors.add(new FieldError("province", "risk.monitoring.invalid.province"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        library.version(r.code(), r.version()); // 404 for an unknown version

        // administrators: the whole country (aggregates only); everyone else: their territory
        Visibility v = a.hasRole(Role.ADMIN) ? Visibility.ALL : scope.visibility();
        ScopePredicate.Sql s = ScopePredicate.sql(v, new ScopePredicate.Columns("a.unit_id", "p.region_code",
                "p.province_code", "p.municipality_code"));
        List<Object> params = new ArrayList<>(s.params());
        StringBuilder text = new StringBuilder(s.text());
        if (r.regionCode() != null) {
            text.append(" AND p.region_code = ?");
            params.add(r.regionCode());
        }
        if (r.provinceCode() != null) {
            text.append(" AND p.province_code = ?");
            params.add(r.provinceCode());
        }
        UnitKind k = kind;
        List<Long> unitIds = k == null ? null : units.all().stream().filter(u -> u.kind() == k).map(UnitView::id)
                .collect(Collectors.toList());
        Instant from = r.from() == null ? null : r.from().atStartOfDay(MADRID).toInstant();
        Instant to = r.to() == null ? null : r.to().plusDays(1).atStartOfDay(MADRID).toInstant();
        ModelMonitoringQueries.Filter f = new ModelMonitoringQueries.Filter(r.code(), r.version(), window,
                outcomes.kinds, from, to, unitIds, new ScopePredicate.Sql(text.toString(), params), Instant.now());
        audit.record(a, AuditAction.READ, "ModelMonitoring", record, "model monitoring: window " + window
                + " days, outcomes " + outcomes + (kind == null ? "" : ", unit kind " + kind)
                + (r.regionCode() == null ? "" : ", region " + r.regionCode())
                + (r.provinceCode() == null ? "" : ", province " + r.provinceCode())
                + (r.from() == null ? "" : ", from " + r.from()) + (r.to() == null ? "" : ", to " + r.to()));
        return ModelMonitoringQueries.report(this::rows, f);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Object> params) {
        List<Object[]> out = new ArrayList<>();
        for (Object o : (List<Object>) NativeSql.query(em, sql, null, params).getResultList()) {
            out.add(o instanceof Object[] row ? row : new Object[]{o});
        }
        return out;
    }
}
