package es.viogen.platform.api;

public class AccessDenied extends DomainException {

    public AccessDenied() {
        super("error.forbidden");
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String code() {
        return "FORBIDDEN";
    }
}
