package es.viogen.platform.api;

import java.util.List;

/** Input that fails validation; nothing has been written. */
public class InvalidInput extends DomainException {

    private final transient List<FieldError> fieldErrors;

    public InvalidInput(List<FieldError> fieldErrors) {
        super("error.validation");
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public InvalidInput(String field, String messageKey, Object... args) {
        this(List.of(new FieldError(field, messageKey, args)));
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String code() {
        return "VALIDATION";
    }
}
