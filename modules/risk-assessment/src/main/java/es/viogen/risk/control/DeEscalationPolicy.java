package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Protocol data on lowering a case's level ({@code es/viogen/risk/protocol/deescalation.json}): the minimum time and
 * number of assessments at a level before any drop from it can be proposed, the levels a drop from which needs a
 * supervisor's approval, and how many steps an officer may drop without one. Pure; unit-tested.
 *
 * <p>"Assessments at the level" counts every assessment made while the level was in force, the one that set it and
 * the one that proposes the drop included (so extremo's "72 h and two assessments" is met by the VPR that set it and
 * the periodic VPER due 72 h later).
 */
public record DeEscalationPolicy(String code, Map<RiskLevel, Minimum> minimumAtLevel, Set<RiskLevel> approvalFrom,
                                 int maxStepsWithoutApproval) {

    public static final String RESOURCE = "/es/viogen/risk/protocol/deescalation.json";

    public record Minimum(Duration time, int assessments) {
    }

    /** What a result below the level in force may do. */
    public enum Outcome {
        /** Not a drop: the result takes effect as usual. */
        NOT_A_DROP,
        /** Too soon after the level took effect: the level in force stays; nothing is proposed. */
        TOO_EARLY,
        /** Applied with the officer's reason (a single step from medio or below). */
        APPLY,
        /** A proposal: the level in force stays until a supervisor approves. */
        NEEDS_APPROVAL
    }

    /**
     * @param earliest when a drop from the level in force may first be proposed (null when there is no minimum)
     */
    public record Evaluation(Outcome outcome, Instant earliest, int assessmentsNeeded) {
    }

    public DeEscalationPolicy {
        minimumAtLevel = Map.copyOf(minimumAtLevel);
        approvalFrom = approvalFrom.isEmpty() ? Set.of() : EnumSet.copyOf(approvalFrom);
    }

    /**
     * @param inForce           the level in force
     * @param since             when it took effect
     * @param assessmentsAtLevel assessments made at it, the one being submitted included
     * @param result            the level the new assessment gives
     */
    public Evaluation evaluate(RiskLevel inForce, Instant since, int assessmentsAtLevel, RiskLevel result, Instant now) {
        if (inForce == null || result.compareTo(inForce) >= 0) {
            return new Evaluation(Outcome.NOT_A_DROP, null, 0);
        }
        Minimum min = minimumAtLevel.get(inForce);
        if (min != null) {
            Instant earliest = since.plus(min.time());
            if (now.isBefore(earliest) || assessmentsAtLevel < min.assessments()) {
                return new Evaluation(Outcome.TOO_EARLY, earliest, min.assessments());
            }
        }
        int steps = inForce.ordinal() - result.ordinal();
        boolean approval = approvalFrom.contains(inForce) || steps > maxStepsWithoutApproval;
        return new Evaluation(approval ? Outcome.NEEDS_APPROVAL : Outcome.APPLY,
                min == null ? null : since.plus(min.time()), min == null ? 0 : min.assessments());
    }

    /** Reads the bundled policy. */
    public static DeEscalationPolicy bundled() {
        try (InputStream in = DeEscalationPolicy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            try (JsonReader r = Json.createReader(in)) {
                return parse(r.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DeEscalationPolicy parse(JsonObject o) {
        Map<RiskLevel, Minimum> minimum = new EnumMap<>(RiskLevel.class);
        JsonObject mo = o.getJsonObject("minimumAtLevel");
        for (String level : mo.keySet()) {
            JsonObject m = mo.getJsonObject(level);
            int hours = m.getInt("hours");
            int assessments = m.getInt("assessments", 1);
            if (hours < 0 || assessments < 1) {
                throw new IllegalArgumentException("minimumAtLevel." + level + ": hours >= 0, assessments >= 1");
            }
            minimum.put(RiskLevel.valueOf(level), new Minimum(Duration.ofHours(hours), assessments));
        }
        Set<RiskLevel> approval = EnumSet.noneOf(RiskLevel.class);
        o.getJsonArray("approvalFrom").getValuesAs(JsonString.class)
                .forEach(s -> approval.add(RiskLevel.valueOf(s.getString())));
        int steps = o.getInt("maxStepsWithoutApproval");
        if (steps < 0) {
            throw new IllegalArgumentException("maxStepsWithoutApproval >= 0");
        }
        return new DeEscalationPolicy(o.getString("code"), minimum, approval, steps);
    }
}
