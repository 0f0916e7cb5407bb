package es.viogen.measures.boundary;

import es.viogen.measures.control.DuePass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * One pass of the follow-up scheduler: re-assessments, recurring measures and judicial orders coming due or overdue,
 * in batches of one transaction each. Safe to run on several instances at once (see {@link DueBatches}).
 */
@ApplicationScoped
public class FollowUpPass {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(FollowUpPass.class.getName());

    @Inject
    DueBatches batches;

    /** What a pass did. */
    public record Report(int reassessments, int measures, int orders, int alertsRaised, Duration took) {
    }

    public Report run() {
        return run(Instant.now());
    }

    public Report run(Instant now) {
        return run(now, BATCH);
    }

    /** A pass as of {@code now}, claiming {@code batch} items per transaction. */
    public Report run(Instant now, int batch) {
        long start = System.nanoTime();
        int cases = 0;
        int measures = 0;
        int orders = 0;
        int raised = 0;
        DuePass.Outcome o;
        do {
            o = batches.reassessments(now, batch);
            cases += o.claimed();
            raised += o.raised();
        } while (o.claimed() == batch);
        do {
            o = batches.measures(now, batch);
            measures += o.claimed();
            raised += o.raised();
        } while (o.claimed() == batch);
        int n;
        do {
            n = batches.orders(now, batch);
            orders += n;
            raised += n;
        } while (n == batch);
        Report r = new Report(cases, measures, orders, raised, Duration.ofNanos(System.nanoTime() - start));
        if (cases + measures + orders > 0) {
            LOG.info(() -> "Follow-up pass: " + r.reassessments() + " re-assessment(s), " + r.measures()
                    + " measure(s), " + r.orders() + " order(s), " + r.alertsRaised() + " alert(s) in "
                    + r.took().toMillis() + " ms");
        }
        return r;
    }
}
