package es.viogen.platform.api;

import java.util.List;

/** One invalid field: its name (as the client sent it) and the bundle key of the message. */
public record FieldError(String field, String messageKey, List<Object> args) {

    public FieldError(String field, String messageKey, Object... args) {
        this(field, messageKey, List.of(args));
    }
}
