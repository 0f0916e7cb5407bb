package es.viogen.risk.bench;

import es.viogen.risk.control.Answer;
import es.viogen.risk.control.AnswerSheet;
import es.viogen.risk.control.Decision;
import es.viogen.risk.control.Indicator;
import es.viogen.risk.control.Instrument;
import es.viogen.risk.control.InstrumentReader;
import es.viogen.risk.control.Judgement;
import es.viogen.risk.control.ScoringEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of the scoring engine on one thread, in assessments per second, over 256 random VPR answer sheets.
 * {@code assess}: score, red flags, H-scale, confidence, "what would change the level" and the judgement.
 * {@code assessFromRawAnswers}: the same plus checking the raw "SI"/"NO"/"NO_SE_SABE" answers, as a submission does.
 * Not part of the test run (no *Test name); see the module README for the command.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ScoringBenchmark {

    private static final int SHEETS = 256;

    private Instrument vpr;
    private Map<String, Answer>[] answers;
    private Map<String, String>[] raw;
    private int next;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() throws IOException {
        try (InputStream in = ScoringBenchmark.class.getResourceAsStream("/es/viogen/risk/instruments/vpr-5.0-vg1.json")) {
            vpr = InstrumentReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        answers = new Map[SHEETS];
        raw = new Map[SHEETS];
        Random random = new Random(42);
        for (int s = 0; s < SHEETS; s++) {
            answers[s] = new HashMap<>();
            raw[s] = new HashMap<>();
            double yes = random.nextDouble() * 0.6;
            for (Indicator i : vpr.indicators()) {
                double r = random.nextDouble();
                Answer a = r < yes ? Answer.YES : r < 0.95 ? Answer.NO : Answer.UNKNOWN;
                answers[s].put(i.code(), a);
                raw[s].put(i.code(), a.code());
            }
        }
    }

    @Benchmark
    public Decision assess() {
        return ScoringEngine.assess(vpr, answers[next++ & (SHEETS - 1)], Judgement.NONE);
    }

    @Benchmark
    public Decision assessFromRawAnswers() {
        Map<String, Answer> a = AnswerSheet.of(vpr, raw[next++ & (SHEETS - 1)]);
        return ScoringEngine.assess(vpr, a, Judgement.NONE);
    }
}
