package es.viogen.municipal.control;

import es.viogen.municipal.entity.AdhesionStatus;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RuleViolation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static es.viogen.municipal.entity.AdhesionStatus.AGREEMENT_IN_PREPARATION;
import static es.viogen.municipal.entity.AdhesionStatus.INTEGRATED;
import static es.viogen.municipal.entity.AdhesionStatus.NOT_STARTED;
import static es.viogen.municipal.entity.AdhesionStatus.REJECTED;
import static es.viogen.municipal.entity.AdhesionStatus.REQUESTED;
import static es.viogen.municipal.entity.AdhesionStatus.SIGNED;
import static es.viogen.municipal.entity.AdhesionStatus.TRAINING;
import static es.viogen.municipal.entity.AdhesionStatus.WITHDRAWN;

/**
 * The adhesion workflow's rules: not started → requested → agreement in preparation → signed → training →
 * integrated; a request can be rejected, a council can withdraw at any stage after requesting, and a rejected or
 * withdrawn council can request again. Besides the order, two facts are required: signing needs the agreement recorded
 * (with its signing date), integrating needs that agreement in force and at least one trained officer.
 */
public final class AdhesionWorkflow {

    public static final String RULE = "ADHESION_TRANSITION";

    private static final Map<AdhesionStatus, Set<AdhesionStatus>> NEXT = new EnumMap<>(AdhesionStatus.class);

    static {
        NEXT.put(NOT_STARTED, EnumSet.of(REQUESTED));
        NEXT.put(REQUESTED, EnumSet.of(AGREEMENT_IN_PREPARATION, REJECTED, WITHDRAWN));
        NEXT.put(AGREEMENT_IN_PREPARATION, EnumSet.of(SIGNED, REJECTED, WITHDRAWN));
        NEXT.put(SIGNED, EnumSet.of(TRAINING, WITHDRAWN));
        NEXT.put(TRAINING, EnumSet.of(INTEGRATED, WITHDRAWN));
        NEXT.put(INTEGRATED, EnumSet.of(WITHDRAWN));
        NEXT.put(REJECTED, EnumSet.of(REQUESTED));
        NEXT.put(WITHDRAWN, EnumSet.of(REQUESTED));
    }

    /** What the workflow needs to know about the adhesion besides its status. */
    public record Facts(boolean agreementRecorded, boolean agreementInForce, int trainedOfficers) {
    }

    private AdhesionWorkflow() {
    }

    public static Set<AdhesionStatus> next(AdhesionStatus from) {
        return EnumSet.copyOf(NEXT.get(from));
    }

    /**
     * Refuses the transition with a {@link RuleViolation} whose message names both stages and what is missing, or an
     * {@link InvalidInput} on field {@code effectiveOn} for a date in the future. {@code text} turns the bundle keys
     * of the stages into the words the user reads (the message arguments).
     */
    public static void check(AdhesionStatus from, AdhesionStatus to, Facts facts, LocalDate effectiveOn, LocalDate today,
                             Function<String, String> text) {
        if (effectiveOn == null) {
            throw new InvalidInput("effectiveOn", "validation.required");
        }
        if (effectiveOn.isAfter(today)) {
            throw new InvalidInput("effectiveOn", "municipal.workflow.futureDate");
        }
        if (from == to) {
            throw new RuleViolation(RULE, "municipal.workflow.same", text.apply(key(from)));
        }
        if (!NEXT.get(from).contains(to)) {
            String missing = switch (to) {
                case INTEGRATED -> "municipal.workflow.needsSignedAndTraining";
                case SIGNED, TRAINING -> "municipal.workflow.needsAgreementFirst";
                default -> "municipal.workflow.order";
            };
            throw new RuleViolation(RULE, "municipal.workflow.invalid", text.apply(key(from)), text.apply(key(to)),
                    text.apply(missing));
        }
        if (to == SIGNED && !facts.agreementRecorded()) {
            throw new RuleViolation(RULE, "municipal.workflow.noAgreement", text.apply(key(to)));
        }
        if (to == INTEGRATED && !facts.agreementInForce()) {
            throw new RuleViolation(RULE, "municipal.workflow.agreementNotInForce");
        }
        if (to == INTEGRATED && facts.trainedOfficers() < 1) {
            throw new RuleViolation(RULE, "municipal.workflow.noTraining");
        }
    }

    private static String key(AdhesionStatus s) {
        return "adhesionStatus." + s.name();
    }
}
