package es.viogen.risk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** The instrument version an assessment was made with, and the answers given (JSON). */
@Embeddable
public class InstrumentUse implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "instrument_code", length = 20)
    private String instrumentCode;

    @Column(name = "instrument_version", length = 20)
    private String instrumentVersion;

    private String answers;

    protected InstrumentUse() {
    }

    /** The part of a submission this holds. */
    static InstrumentUse of(SubmittedResult r) {
        InstrumentUse x = new InstrumentUse();
        x.instrumentCode = r.instrumentCode();
        x.instrumentVersion = r.instrumentVersion();
        x.answers = r.answers();
        return x;
    }

    public String getInstrumentCode() {
        return instrumentCode;
    }

    public String getInstrumentVersion() {
        return instrumentVersion;
    }

    public String getAnswers() {
        return answers;
    }
}
