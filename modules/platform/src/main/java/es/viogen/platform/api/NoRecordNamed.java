package es.viogen.platform.api;

/** A page that shows one record was opened without naming one (no id, or an id that is not a number). */
public class NoRecordNamed extends DomainException {

    public NoRecordNamed() {
        super("page.noRecordNamed");
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String code() {
        return "NO_RECORD_NAMED";
    }
}
