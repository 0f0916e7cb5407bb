package es.viogen.risk.control;

import java.util.List;

/**
 * One thing wrong in an instrument definition: where ({@code path}, e.g. {@code factors[1].indicators[3].weight})
 * and what (a bundle key and its arguments).
 */
public record InstrumentProblem(String path, String messageKey, List<Object> args) {

    public InstrumentProblem(String path, String messageKey, Object... args) {
        this(path, messageKey, List.of(args));
    }
}
