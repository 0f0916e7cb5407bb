package es.viogen.intake.control;

import es.viogen.intake.api.CaseStatus;
import es.viogen.platform.api.RiskLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The inactivation rules of Instruction 2/2024 (kept in Protocolo 2025), as a pure function:
 * <ul>
 *   <li>no apreciado / bajo: no judicial protection measure in force, no vulnerability or dangerousness observed,
 *       an in-person contact with the victim and a re-assessment, both recorded;</li>
 *   <li>medio / alto / extremo: the victim unlocatable for at least 6 months;</li>
 *   <li>a re-assessment before any inactivation (after the last incident, within {@value #REASSESSMENT_FRESH_DAYS} days);</li>
 *   <li>supervised inactivation (minimum 6 months, two extensions of 3 months, 1 year at most) when the case was ever
 *       of especial relevancia, has minors at risk, was rated medio or above in the last 6 months, had 2 or more
 *       further complaints in the 6 months after entry, or the agents choose it.</li>
 * </ul>
 */
public final class InactivationRules {

    public static final int UNLOCATABLE_MONTHS = 6;
    public static final int SUPERVISION_MONTHS = 6;
    public static final int EXTENSION_MONTHS = 3;
    public static final int MAX_EXTENSIONS = 2;
    public static final int REASSESSMENT_FRESH_DAYS = 30;
    public static final int CONTACT_FRESH_DAYS = 30;
    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What the case says. {@code furtherComplaintsFirstSixMonths}: complaints/incidents after the first, in the 6 months after opening. */
    public record Facts(CaseStatus status, RiskLevel level, Instant levelAssessedAt, boolean everEspecialRelevancia,
                        boolean minorsAtRisk, Instant lastMediumOrAboveAt, Instant openedAt,
                        int furtherComplaintsFirstSixMonths, Instant lastIncidentAt, int judicialOrdersInForce) {

        public Facts(CaseStatus status, RiskLevel level, Instant levelAssessedAt, boolean everEspecialRelevancia,
                     boolean minorsAtRisk, Instant lastMediumOrAboveAt, Instant openedAt,
                     int furtherComplaintsFirstSixMonths, Instant lastIncidentAt) {
            this(status, level, levelAssessedAt, everEspecialRelevancia, minorsAtRisk, lastMediumOrAboveAt, openedAt,
                    furtherComplaintsFirstSixMonths, lastIncidentAt, 0);
        }
    }

    /** What the agents declare and record with the decision. */
    public record Request(boolean supervised, LocalDate inPersonContactOn, boolean judicialMeasureInForce,
                          boolean vulnerabilityObserved, LocalDate victimUnlocatableSince, String note) {
    }

    /** One unmet condition: a stable code and the bundle key (with arguments) that explains it. */
    public record Unmet(String code, String messageKey, List<Object> args) {
        public Unmet(String code, String messageKey, Object... args) {
            this(code, messageKey, List.of(args));
        }
    }

    public enum SupervisionReason { ESPECIAL_RELEVANCIA, MINORS_AT_RISK, RECENT_MEDIUM_OR_ABOVE, REPEATED_COMPLAINTS, AGENTS_CHOICE }

    public record Decision(List<Unmet> unmet, List<SupervisionReason> supervisionReasons, String ruleApplied,
                           LocalDate supervisedUntil) {
        public boolean allowed() {
            return unmet.isEmpty();
        }
    }

    private InactivationRules() {
    }

    public static Decision evaluate(Facts f, Request r, Instant now) {
        LocalDate today = now.atZone(MADRID).toLocalDate();
        List<Unmet> unmet = new ArrayList<>();
        if (f.status() == CaseStatus.INACTIVE) {
            unmet.add(new Unmet("ALREADY_INACTIVE", "intake.inactivation.unmet.alreadyInactive"));
        } else if (f.status() == CaseStatus.SUPERVISED) {
            unmet.add(new Unmet("ALREADY_SUPERVISED", "intake.inactivation.unmet.alreadySupervised"));
        }
        if (f.level() == null) {
            unmet.add(new Unmet("NO_ASSESSMENT", "intake.inactivation.unmet.noAssessment"));
        } else {
            boolean fresh = f.levelAssessedAt() != null
                    && !f.levelAssessedAt().isBefore(now.minus(java.time.Duration.ofDays(REASSESSMENT_FRESH_DAYS)))
                    && (f.lastIncidentAt() == null || !f.levelAssessedAt().isBefore(f.lastIncidentAt()));
            if (!fresh) {
                unmet.add(new Unmet("REASSESSMENT_REQUIRED", "intake.inactivation.unmet.reassessment", REASSESSMENT_FRESH_DAYS));
            }
        }
        String rule;
        if (f.level() != null && f.level().isAtLeast(RiskLevel.MEDIO)) {
            rule = "INSTR_2_2024_MEDIUM_OR_ABOVE";
            LocalDate eligibleSince = today.minusMonths(UNLOCATABLE_MONTHS);
            if (r.victimUnlocatableSince() == null) {
                unmet.add(new Unmet("VICTIM_NOT_UNLOCATABLE", "intake.inactivation.unmet.unlocatableMissing", UNLOCATABLE_MONTHS));
            } else if (r.victimUnlocatableSince().isAfter(today)) {
                unmet.add(new Unmet("DATE_IN_FUTURE", "intake.inactivation.unmet.unlocatableFuture"));
            } else if (r.victimUnlocatableSince().isAfter(eligibleSince)) {
                unmet.add(new Unmet("UNLOCATABLE_LESS_THAN_6_MONTHS", "intake.inactivation.unmet.unlocatableShort",
                        UNLOCATABLE_MONTHS, DAY.format(r.victimUnlocatableSince().plusMonths(UNLOCATABLE_MONTHS))));
            }
        } else {
            rule = "INSTR_2_2024_LOW";
            // the orders the measures module holds decide; the officer may only add one the system does not know
            if (r.judicialMeasureInForce() || f.judicialOrdersInForce() > 0) {
                unmet.add(new Unmet("JUDICIAL_MEASURE_IN_FORCE", "intake.inactivation.unmet.judicialMeasure"));
            }
            if (r.vulnerabilityObserved()) {
                unmet.add(new Unmet("VULNERABILITY_OBSERVED", "intake.inactivation.unmet.vulnerability"));
            }
            if (r.inPersonContactOn() == null) {
                unmet.add(new Unmet("IN_PERSON_CONTACT_MISSING", "intake.inactivation.unmet.contactMissing"));
            } else if (r.inPersonContactOn().isAfter(today)) {
                unmet.add(new Unmet("DATE_IN_FUTURE", "intake.inactivation.unmet.contactFuture"));
            } else if (r.inPersonContactOn().isBefore(today.minusDays(CONTACT_FRESH_DAYS))) {
                unmet.add(new Unmet("IN_PERSON_CONTACT_OLD", "intake.inactivation.unmet.contactOld", CONTACT_FRESH_DAYS));
            }
        }
        List<SupervisionReason> reasons = supervisionReasons(f, now);
        if (!reasons.isEmpty() && !r.supervised()) {
            unmet.add(new Unmet("SUPERVISION_REQUIRED", "intake.inactivation.unmet.supervisionRequired",
                    String.join(", ", reasons.stream().map(Enum::name).toList())));
        }
        if (r.supervised() && reasons.isEmpty()) {
            reasons = List.of(SupervisionReason.AGENTS_CHOICE);
        }
        LocalDate until = r.supervised() ? today.plusMonths(SUPERVISION_MONTHS) : null;
        return new Decision(List.copyOf(unmet), List.copyOf(reasons), rule, until);
    }

    /** The conditions of Instr. 2/2024 that make a supervised inactivation mandatory. */
    public static List<SupervisionReason> supervisionReasons(Facts f, Instant now) {
        List<SupervisionReason> reasons = new ArrayList<>();
        if (f.everEspecialRelevancia()) {
            reasons.add(SupervisionReason.ESPECIAL_RELEVANCIA);
        }
        if (f.minorsAtRisk()) {
            reasons.add(SupervisionReason.MINORS_AT_RISK);
        }
        LocalDate today = now.atZone(MADRID).toLocalDate();
        if (f.lastMediumOrAboveAt() != null
                && !f.lastMediumOrAboveAt().atZone(MADRID).toLocalDate().isBefore(today.minusMonths(6))) {
            reasons.add(SupervisionReason.RECENT_MEDIUM_OR_ABOVE);
        }
        if (f.furtherComplaintsFirstSixMonths() >= 2) {
            reasons.add(SupervisionReason.REPEATED_COMPLAINTS);
        }
        return reasons;
    }

    /** An extension of a supervision: 3 more months, at most twice (1 year in all). */
    public static List<Unmet> checkExtension(CaseStatus status, int extensionsSoFar) {
        List<Unmet> unmet = new ArrayList<>();
        if (status != CaseStatus.SUPERVISED) {
            unmet.add(new Unmet("NOT_SUPERVISED", "intake.inactivation.unmet.notSupervised"));
        } else if (extensionsSoFar >= MAX_EXTENSIONS) {
            unmet.add(new Unmet("MAX_EXTENSIONS", "intake.inactivation.unmet.maxExtensions", MAX_EXTENSIONS));
        }
        return unmet;
    }

    /** Ending a supervision (the case becomes inactive) only once its period has run. */
    public static List<Unmet> checkEndOfSupervision(CaseStatus status, LocalDate supervisedUntil, Instant now) {
        List<Unmet> unmet = new ArrayList<>();
        LocalDate today = now.atZone(MADRID).toLocalDate();
        if (status != CaseStatus.SUPERVISED) {
            unmet.add(new Unmet("NOT_SUPERVISED", "intake.inactivation.unmet.notSupervised"));
        } else if (supervisedUntil != null && today.isBefore(supervisedUntil)) {
            unmet.add(new Unmet("SUPERVISION_RUNNING", "intake.inactivation.unmet.supervisionRunning", DAY.format(supervisedUntil)));
        }
        return unmet;
    }
}
