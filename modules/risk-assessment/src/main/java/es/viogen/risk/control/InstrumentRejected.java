package es.viogen.risk.control;

import java.util.List;

/** An instrument definition that cannot be used; nothing was stored. */
public class InstrumentRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<InstrumentProblem> problems;

    public InstrumentRejected(List<InstrumentProblem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0).path() + " " + problems.get(0).messageKey());
        this.problems = List.copyOf(problems);
    }

    public List<InstrumentProblem> problems() {
        return problems;
    }
}
