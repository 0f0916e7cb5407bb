package es.viogen.partners.control;

import es.viogen.platform.api.DomainException;

/** A SOAP call without valid credentials (REST calls are refused earlier by the platform's filter). */
public class NotAuthenticated extends DomainException {

    public NotAuthenticated() {
        super("partners.error.unauthorized");
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String code() {
        return "UNAUTHORIZED";
    }
}
