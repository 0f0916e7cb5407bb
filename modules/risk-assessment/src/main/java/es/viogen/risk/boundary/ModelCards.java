package es.viogen.risk.boundary;

import es.viogen.platform.api.NativeSql;
import es.viogen.platform.api.ScopePredicate;
import es.viogen.platform.api.Texts;
import es.viogen.risk.control.Instrument;
import es.viogen.risk.control.ModelMonitoringQueries;
import es.viogen.risk.control.OutcomeKind;
import es.viogen.risk.control.OutcomeModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model card of an instrument version (EU AI Act, art. 13: what a high-risk system's users must know): purpose,
 * who may use it, its indicators and where the weights come from, the figures measured here, known limits and how a
 * person overrides it. Shown beside the instrument, on the monitoring page, in the court report and over REST.
 * Its figures are national aggregates (no person's record; cells under 10 outcomes marked small), outcomes of any
 * kind within 90 days, recomputed at most once an hour per instance.
 */
@ApplicationScoped
public class ModelCards {

    static final int CARD_WINDOW = 90;
    private static final Duration FRESH = Duration.ofHours(1);

    /** The figures measured here, as on the card. */
    public record Measured(int windowDays, long assessments, Long outcomes, boolean small, Double auc, Double aucLower,
                           Double aucUpper, Double brier, Double expectedBrier, Instant measuredAt) implements java.io.Serializable {
    }

    public record Card(String code, String version, String title, String purpose, String intendedUsers,
                       int indicators, String weightsOrigin, String outcomeModel, Measured measured,
                       String measuredSummary, List<String> limits, String howToOverride, String notice) implements java.io.Serializable {
    }

    private record Cached(Measured m, Instant at) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "risk")
    EntityManager em;

    @Inject
    InstrumentLibrary library;

    @Inject
    Texts texts;

    @Transactional
    public Card card(String code, String version, Locale locale, boolean withFigures) {
        Instrument in = library.instrument(code, version);
        boolean es = !"en".equals(locale.getLanguage());
        OutcomeModel model = OutcomeModel.of(code, version).orElse(null);
        List<String> limits = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            limits.add(texts.get(locale, "risk.card.limit." + i));
        }
        String modelText = model == null ? texts.get(locale, "risk.card.noOutcomeModel")
                : texts.get(locale, "risk.card.outcomeModel", model.windowDays(), fmt(model.intercept()), fmt(model.slope()));
        Measured m = withFigures ? measured(code, version) : null;
        String summary = m == null ? texts.get(locale, "risk.card.measuredNone")
                : m.small() ? texts.get(locale, "risk.card.measuredSmall", m.windowDays(), m.assessments())
                : texts.get(locale, "risk.card.measuredFigures", m.windowDays(), m.assessments(), m.outcomes(),
                fmt(m.auc()), fmt(m.aucLower()), fmt(m.aucUpper()), m.brier() == null ? "—" : fmt(m.brier()),
                m.expectedBrier() == null ? "—" : fmt(m.expectedBrier()));
        return new Card(code, version, in.title(es), texts.get(locale, "risk.card.purpose." + in.kind().name()),
                texts.get(locale, "risk.card.users"), in.indicators().size(), texts.get(locale, "risk.card.weights"),
                modelText, m, summary, limits, texts.get(locale, "risk.card.override"), in.notice(es));
    }

    private Measured measured(String code, String version) {
        String key = code + "/" + version;
        Cached c = cache.get(key);
        Instant now = Instant.now();
        if (c != null && c.at().plus(FRESH).isAfter(now)) {
            return c.m();
        }
        ModelMonitoringQueries.Report r = ModelMonitoringQueries.report(this::rows, new ModelMonitoringQueries.Filter(
                code, version, CARD_WINDOW, EnumSet.allOf(OutcomeKind.class), null, null, null,
                new ScopePredicate.Sql("1 = 1", List.of()), now));
        Measured m = new Measured(CARD_WINDOW, r.assessmentsMeasured(), r.outcomesObserved(), r.small(),
                r.auc() == null ? null : r.auc().value(), r.auc() == null ? null : r.auc().lower(),
                r.auc() == null ? null : r.auc().upper(), r.small() ? null : r.brier(),
                r.small() ? null : r.expectedBrier(), now);
        cache.put(key, new Cached(m, now));
        return m;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
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
