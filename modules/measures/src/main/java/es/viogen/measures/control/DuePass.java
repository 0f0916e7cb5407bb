package es.viogen.measures.control;

import es.viogen.platform.api.AlertSeverity;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Territory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * One batch of the follow-up scheduler's work: claims due items (rows locked with {@code FOR UPDATE SKIP LOCKED},
 * so two instances never take the same item), decides each item's alerts with {@link DueStage}, raises them
 * (idempotent on their dedup keys) and records the stage reached and when to look again. The same code runs in the
 * server (over JPA) and in the benchmark (over JDBC).
 */
public final class DuePass {

    public static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(MADRID);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public record CaseDue(long caseId, String caseNumber, long unitId, Territory territory, RiskLevel level,
                          Long protocolId, Instant due, DueStage stage) {
    }

    public record MeasureDue(long planMeasureId, long caseId, String code, Integer frequencyHours, Instant due,
                             DueStage stage, String caseNumber, long unitId, Territory territory, RiskLevel level,
                             Long protocolId) {
    }

    public record OrderDue(long orderId, long caseId, LocalDate endsOn, String caseNumber, long unitId) {
    }

    /** Where the due items live (JPA in the server, JDBC in the benchmark); called inside one transaction. */
    public interface Store {
        List<CaseDue> claimCases(Instant now, int limit);

        void caseReached(long caseId, DueStage stage, Instant nextCheck);

        List<MeasureDue> claimMeasures(Instant now, int limit);

        void measureReached(long planMeasureId, DueStage stage, Instant nextCheck);

        List<OrderDue> claimOrders(LocalDate endingOnOrBefore, int limit);

        void orderNotified(long orderId);
    }

    /** Raises an alert (through the platform inbox); false if it had been raised before. */
    public interface Alerts {
        boolean raise(FollowUpAlert alert);
    }

    private final Store store;
    private final Alerts alerts;
    private final LongFunction<Protocol> protocols;
    private final Function<Territory, Optional<Long>> regionalUnit;
    private final Function<String, String> measureName;

    public DuePass(Store store, Alerts alerts, LongFunction<Protocol> protocols,
                   Function<Territory, Optional<Long>> regionalUnit, Function<String, String> measureName) {
        this.store = store;
        this.alerts = alerts;
        this.protocols = protocols;
        this.regionalUnit = regionalUnit;
        this.measureName = measureName;
    }

    /** Result of one batch: items claimed and alerts newly raised. */
    public record Outcome(int claimed, int raised) {
    }

    public Outcome reassessments(Instant now, int limit, long defaultProtocol) {
        List<CaseDue> items = store.claimCases(now, limit);
        int raised = 0;
        for (CaseDue c : items) {
            Protocol p = protocols.apply(c.protocolId() == null ? defaultProtocol : c.protocolId());
            DueStage.Decision d = DueStage.decide(c.stage(), c.due(), p.reassessmentLead(c.level()), p.grace(c.level()), now);
            String when = c.due().truncatedTo(ChronoUnit.SECONDS).toString();
            String item = "case:" + c.caseId();
            List<String> args = List.of(nz(c.caseNumber()), SHOWN.format(c.due()));
            for (DueStage s : d.raise()) {
                FollowUpAlert.AlertType type = switch (s) {
                    case DUE -> FollowUpAlert.AlertType.REASSESSMENT_DUE;
                    case OVERDUE -> FollowUpAlert.AlertType.REASSESSMENT_OVERDUE;
                    default -> FollowUpAlert.AlertType.REASSESSMENT_ESCALATED;
                };
                raised += raise(c.caseId(), c.unitId(), c.territory(), type, severity(s, c.level()), args, item, when);
            }
            store.caseReached(c.caseId(), d.reached(), d.nextCheck());
        }
        return new Outcome(items.size(), raised);
    }

    public Outcome measures(Instant now, int limit, long defaultProtocol) {
        List<MeasureDue> items = store.claimMeasures(now, limit);
        int raised = 0;
        for (MeasureDue m : items) {
            Protocol p = protocols.apply(m.protocolId() == null ? defaultProtocol : m.protocolId());
            DueStage.Decision d = DueStage.decide(m.stage(), m.due(), Protocol.measureLead(m.frequencyHours()),
                    p.grace(m.level()), now);
            String when = m.due().truncatedTo(ChronoUnit.SECONDS).toString();
            String item = "measure:" + m.planMeasureId();
            List<String> args = List.of(nz(m.caseNumber()), SHOWN.format(m.due()), measureName.apply(m.code()));
            for (DueStage s : d.raise()) {
                FollowUpAlert.AlertType type = switch (s) {
                    case DUE -> FollowUpAlert.AlertType.MEASURE_DUE;
                    case OVERDUE -> FollowUpAlert.AlertType.MEASURE_OVERDUE;
                    default -> FollowUpAlert.AlertType.MEASURE_ESCALATED;
                };
                raised += raise(m.caseId(), m.unitId(), m.territory(), type, severity(s, m.level()), args, item, when);
            }
            store.measureReached(m.planMeasureId(), d.reached(), d.nextCheck());
        }
        return new Outcome(items.size(), raised);
    }

    /** Orders ending within {@code noticeDays} of {@code today} (or already ended) that nobody was told about. */
    public List<OrderDue> expiringOrders(LocalDate today, int noticeDays, int limit) {
        List<OrderDue> items = store.claimOrders(today.plusDays(noticeDays), limit);
        List<OrderDue> told = new ArrayList<>();
        for (OrderDue o : items) {
            alerts.raise(new FollowUpAlert(o.caseId(), o.unitId(), FollowUpAlert.AlertType.JUDICIAL_ORDER_EXPIRING,
                    AlertSeverity.WARNING, List.of(nz(o.caseNumber()), DAY.format(o.endsOn())),
                    FollowUpAlert.key(FollowUpAlert.AlertType.JUDICIAL_ORDER_EXPIRING, "order:" + o.orderId(),
                            o.endsOn().toString(), o.unitId())));
            store.orderNotified(o.orderId());
            told.add(o);
        }
        return told;
    }

    private int raise(long caseId, long unitId, Territory territory, FollowUpAlert.AlertType type, AlertSeverity severity,
                      List<String> args, String item, String when) {
        long recipient = unitId;
        if (type == FollowUpAlert.AlertType.REASSESSMENT_ESCALATED || type == FollowUpAlert.AlertType.MEASURE_ESCALATED) {
            // escalation goes to the regional coordination unit; without one, the owning unit gets it as critical
            recipient = regionalUnit.apply(territory).orElse(unitId);
        }
        return alerts.raise(new FollowUpAlert(caseId, recipient, type, severity, args,
                FollowUpAlert.key(type, item, when, recipient))) ? 1 : 0;
    }

    private static AlertSeverity severity(DueStage s, RiskLevel level) {
        if (s == DueStage.ESCALATED || s == DueStage.OVERDUE && level != null && level.isAtLeast(RiskLevel.ALTO)) {
            return AlertSeverity.CRITICAL;
        }
        return s == DueStage.OVERDUE ? AlertSeverity.WARNING : AlertSeverity.INFO;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public static Duration hours(int h) {
        return Duration.ofHours(h);
    }
}
