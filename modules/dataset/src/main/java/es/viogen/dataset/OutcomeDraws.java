package es.viogen.dataset;

import es.viogen.risk.control.OutcomeModel;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Outcomes from a known model (issue 14, {@code --outcomes logistic}): each submitted assessment is followed by an
 * outcome within the model's window with the probability the risk module's declared {@link OutcomeModel} gives its
 * score, on a time drawn uniformly within the window, recorded in {@code risk.assessment_outcome} only if that time has
 * come (an outcome in the future is not known yet: its window is still open and not measured). The kind is drawn
 * among aggression (twice as likely), threat, breach and complaint.
 */
final class OutcomeDraws {

    static final String TABLE = "risk.assessment_outcome";
    static final String COLUMNS = "assessment_id, kind, first_at, days_after";
    private static final String[] KINDS = {"AGGRESSION", "AGGRESSION", "THREAT", "BREACH", "COMPLAINT"};

    private OutcomeDraws() {
    }

    /** {@code --outcomes logistic|none}. */
    static boolean option(String value) {
        if (!value.equals("logistic") && !value.equals("none")) {
            throw new IllegalArgumentException("--outcomes logistic|none");
        }
        return value.equals("logistic");
    }

    /** Draws (when the option is on) what followed one assessment. */
    static void follow(NationalDataset d, SplittableRandom r, long assessmentId, AssessmentOutcomes.Sheet s, Instant at) {
        if (d.assessmentOutcome == null) {
            return;
        }
        OutcomeModel model = OutcomeModel.of(s.instrumentCode(), s.instrumentVersion()).orElse(null);
        if (model == null || r.nextDouble() >= model.probability(s.score())) {
            return;
        }
        long seconds = (long) (r.nextDouble() * model.windowDays() * 86_400L);
        Instant first = at.plusSeconds(seconds);
        if (first.isBefore(d.now)) {
            d.assessmentOutcome.add(assessmentId).add(KINDS[r.nextInt(KINDS.length)]).add(first)
                    .add(seconds / 86_400L).end();
        }
    }
}
