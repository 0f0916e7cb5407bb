package es.viogen.platform.api;

/** Someone else changed the record meanwhile (optimistic lock) or the request duplicates an existing one. */
public class ConflictingChange extends DomainException {

    public ConflictingChange(String messageKey, Object... args) {
        super(messageKey, args);
    }

    public ConflictingChange() {
        this("error.conflict");
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String code() {
        return "CONFLICT";
    }
}
