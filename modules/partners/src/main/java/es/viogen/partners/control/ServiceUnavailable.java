package es.viogen.partners.control;

import es.viogen.platform.api.DomainException;

/** The module that does this operation is not deployed (or not reachable): 503 / SOAP fault SERVICE_UNAVAILABLE. */
public class ServiceUnavailable extends DomainException {

    public ServiceUnavailable() {
        super("partners.error.serviceUnavailable");
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String code() {
        return "SERVICE_UNAVAILABLE";
    }
}
