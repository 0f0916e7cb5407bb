package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;
import es.viogen.risk.entity.Assessment;
import es.viogen.risk.entity.HumanJudgement;
import es.viogen.risk.entity.LevelOutcome;
import es.viogen.risk.entity.ScoreResult;
import es.viogen.risk.entity.LevelDrop;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builds {@link AssessmentView}s and the stored JSON of answers and explanations. */
public final class AssessmentViews {

    /** How many drivers and level changes an explanation lists. */
    public static final int LIMIT = 8;

    private AssessmentViews() {
    }

    /** A submitted or pending assessment; a submitted one is re-scored from its stored answers and instrument. */
    public static AssessmentView of(Assessment a, Instrument in, boolean spanish) {
        ScoreResult r = a.getResult();
        HumanJudgement j = a.getJudgement();
        LevelOutcome o = a.getOutcome();
        if (a.isPending() || in == null || a.getInstrument().getAnswers() == null) {
            return new AssessmentView(a.getId(), a.getCaseId(), a.getCaseNumber(), a.getKind(), a.getStatus().name(),
                    a.getTrigger().name(), a.getDueAt(), a.getInstrumentCode(), a.getInstrumentVersion(),
                    in == null ? null : in.title(spanish), in == null ? null : in.notice(spanish), a.getFinalLevel(),
                    a.getComputedLevel(), r.getScoreLevel(), r.getRedFlagMinimum(), j.getPreviousLevel(),
                    Boolean.TRUE.equals(j.getVictimPerceptionAsked()), j.getVictimPerceivedLevel(), j.getOfficerLevel(),
                    j.getOverrideReason(), nz(r.getScore()), nz(r.getMaxScore()), nz(r.getHScore()),
                    in == null ? 0 : in.hScale().threshold(), a.isEspecialRelevancia(), a.isMinorsAtRisk(),
                    a.isMinorsVulnerable(), r.getConfidence() == null ? 0 : r.getConfidence(), r.isLowConfidence(), 0,
                    r.isFollowUpDue(), null, null, null, List.of(), List.of(), List.of(), a.getAssessedAt(),
                    j.getAssessor(), j.getAssessorUnitName(), a.getLevelInForce(), o.getDropOutcome(),
                    o.getDropReason(), null, null, null, 0, carried(a), o.getVictimConfirmReason());
        }
        Scoring s = ScoringEngine.score(in, readAnswers(a.getInstrument().getAnswers()));
        return new AssessmentView(a.getId(), a.getCaseId(), a.getCaseNumber(), a.getKind(), a.getStatus().name(),
                a.getTrigger().name(), a.getDueAt(), a.getInstrumentCode(), a.getInstrumentVersion(), in.title(spanish),
                in.notice(spanish), a.getFinalLevel(), a.getComputedLevel(), r.getScoreLevel(), r.getRedFlagMinimum(),
                j.getPreviousLevel(), Boolean.TRUE.equals(j.getVictimPerceptionAsked()), j.getVictimPerceivedLevel(),
                j.getOfficerLevel(), j.getOverrideReason(), s.score(), s.maxScore(), s.hScore(), s.hThreshold(),
                a.isEspecialRelevancia(), a.isMinorsAtRisk(), a.isMinorsVulnerable(), s.confidence(),
                s.lowConfidence(), s.unknownCount(), r.isFollowUpDue(), s.levelIfUnknownsYes(), s.pointsToNextLevel(),
                s.nextLevel(), drivers(in, s, spanish), flags(s, spanish), changes(in, s, spanish), a.getAssessedAt(),
                j.getAssessor(), j.getAssessorUnitName(), a.getLevelInForce(), o.getDropOutcome(),
                o.getDropReason(), null, null, null, 0, carried(a), o.getVictimConfirmReason());
    }

    /** A stored assessment with what its submission did to the level (a drop applied, proposed or held back). */
    public static AssessmentView of(Assessment a, Instrument in, boolean spanish, DeEscalationPolicy.Evaluation drop,
                                    LevelDrop record) {
        AssessmentView v = of(a, in, spanish);
        return withDrop(v, record == null ? null : record.getId(), record == null ? null : record.getStatus().name(),
                drop == null ? null : drop.earliest(), drop == null ? 0 : drop.assessmentsNeeded());
    }

    /** The view with the state of its level drop. */
    public static AssessmentView withDrop(AssessmentView v, Long dropId, String dropStatus, Instant earliest,
                                          int assessmentsNeeded) {
        return new AssessmentView(v.id(), v.caseId(), v.caseNumber(), v.kind(), v.status(), v.trigger(), v.dueAt(),
                v.instrumentCode(), v.instrumentVersion(), v.instrumentTitle(), v.notice(), v.level(),
                v.computedLevel(), v.scoreLevel(), v.redFlagMinimum(), v.previousLevel(), v.victimPerceptionAsked(),
                v.victimPerceivedLevel(), v.officerLevel(), v.overrideReason(), v.score(), v.maxScore(), v.hScore(),
                v.hThreshold(), v.especialRelevancia(), v.minorsAtRisk(), v.minorsVulnerable(), v.confidence(),
                v.lowConfidence(), v.unknownCount(), v.followUpDue(), v.levelIfUnknownsYes(), v.pointsToNextLevel(),
                v.nextLevel(), v.drivers(), v.redFlags(), v.whatWouldChange(), v.assessedAt(), v.assessor(),
                v.assessorUnitName(), v.levelInForce(), v.dropOutcome(), v.dropReason(), dropId, dropStatus, earliest,
                assessmentsNeeded, v.carriedFacts(), v.victimConfirmReason());
    }

    private static List<String> carried(Assessment a) {
        String facts = a.getOutcome().getCarriedFacts();
        return facts == null || facts.isBlank() ? List.of() : List.of(facts.split(","));
    }

    /** A trial result (nothing stored): the admin's preview of an instrument. */
    public static AssessmentView preview(Instrument in, Decision d, boolean spanish) {
        Scoring s = d.scoring();
        return new AssessmentView(0, 0, null, in.kind(), "PREVIEW", null, null, in.code(), in.version(),
                in.title(spanish), in.notice(spanish), d.finalLevel(), d.computedLevel(), s.scoreLevel(),
                s.redFlagMinimum(), null, d.victimPerceivedLevel() != null || !d.followUpDue(),
                d.victimPerceivedLevel(), d.officerLevel(), d.overrideReason(), s.score(), s.maxScore(), s.hScore(),
                s.hThreshold(), s.especialRelevancia(), d.minorsAtRisk(), d.minorsVulnerable(), s.confidence(),
                s.lowConfidence(), s.unknownCount(), d.followUpDue(), s.levelIfUnknownsYes(), s.pointsToNextLevel(),
                s.nextLevel(), drivers(in, s, spanish), flags(s, spanish), changes(in, s, spanish), null, null, null,
                d.finalLevel(), null, null, null, null, null, 0, List.of(), d.victimConfirmReason());
    }

    static List<AssessmentView.Driver> drivers(Instrument in, Scoring s, boolean spanish) {
        Map<String, Indicator> byCode = in.indicatorsByCode();
        Map<String, String> factorNames = new LinkedHashMap<>();
        in.factors().forEach(f -> factorNames.put(f.code(), f.name(spanish)));
        List<AssessmentView.Driver> out = new ArrayList<>();
        for (Contribution c : s.drivers(LIMIT)) {
            out.add(new AssessmentView.Driver(c.indicatorCode(), factorNames.get(c.factorCode()),
                    byCode.get(c.indicatorCode()).text(spanish), c.points(), c.hPoints()));
        }
        return out;
    }

    static List<AssessmentView.Flag> flags(Scoring s, boolean spanish) {
        return s.redFlags().stream().map(r -> new AssessmentView.Flag(r.code(), r.label(spanish), r.minimumLevel()))
                .toList();
    }

    static List<AssessmentView.Change> changes(Instrument in, Scoring s, boolean spanish) {
        Map<String, Indicator> byCode = in.indicatorsByCode();
        return s.whatWouldChange().stream().limit(LIMIT).map(c -> new AssessmentView.Change(c.indicatorCode(),
                byCode.get(c.indicatorCode()).text(spanish), c.currentAnswer().code(), c.level())).toList();
    }

    public static String writeAnswers(Map<String, Answer> answers) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        answers.forEach((k, v) -> b.add(k, v.code()));
        return b.build().toString();
    }

    public static Map<String, Answer> readAnswers(String json) {
        Map<String, Answer> m = new LinkedHashMap<>();
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            JsonObject o = r.readObject();
            o.forEach((k, v) -> m.put(k, Answer.parse(o.getString(k)).orElse(Answer.UNKNOWN)));
        }
        return m;
    }

    /** The explanation as stored with the assessment (per-indicator contributions, flags, what would change). */
    public static String writeExplanation(Scoring s) {
        JsonArrayBuilder contributions = Json.createArrayBuilder();
        s.contributions().forEach(c -> contributions.add(Json.createObjectBuilder().add("indicator", c.indicatorCode())
                .add("factor", c.factorCode()).add("answer", c.answer().code()).add("points", c.points())
                .add("hPoints", c.hPoints())));
        JsonArrayBuilder flags = Json.createArrayBuilder();
        s.redFlags().forEach(r -> flags.add(Json.createObjectBuilder().add("code", r.code())
                .add("minimumLevel", r.minimumLevel().name())));
        JsonArrayBuilder changes = Json.createArrayBuilder();
        s.whatWouldChange().forEach(c -> changes.add(Json.createObjectBuilder().add("indicator", c.indicatorCode())
                .add("level", c.level().name())));
        JsonObjectBuilder b = Json.createObjectBuilder().add("instrument", s.instrument()).add("score", s.score())
                .add("maxScore", s.maxScore()).add("scoreLevel", s.scoreLevel().name())
                .add("computedLevel", s.computedLevel().name()).add("hScore", s.hScore())
                .add("hThreshold", s.hThreshold()).add("unknownCount", s.unknownCount())
                .add("confidence", s.confidence()).add("levelIfUnknownsYes", s.levelIfUnknownsYes().name())
                .add("contributions", contributions).add("redFlags", flags).add("whatWouldChange", changes);
        if (s.pointsToNextLevel() != null) {
            b.add("pointsToNextLevel", s.pointsToNextLevel()).add("nextLevel", s.nextLevel().name());
        }
        return b.build().toString();
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
    }

    /** Levels as numbers for charts: 0 = no apreciado ... 4 = extremo. */
    public static int ordinal(RiskLevel level) {
        return level == null ? -1 : level.ordinal();
    }
}
