package es.viogen.platform.api;

import java.util.List;

/**
 * A refusal the user or partner must see: carries an HTTP-like status, a bundle key and its arguments.
 * Boundaries map it to problem+json (REST), a Faces message (pages) or a SOAP fault with {@link #code()}.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    protected DomainException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }

    public abstract int status();

    /** Stable code for partners (SOAP fault code, problem type suffix). */
    public abstract String code();
}
