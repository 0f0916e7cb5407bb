package es.viogen.partners.boundary.soap;

import jakarta.xml.ws.WebFault;

/** The one SOAP fault of the partner service: a stable code and a Spanish message ({@code tns:PartnerFault}). */
@WebFault(name = "PartnerFault", targetNamespace = PartnerServiceEndpoint.NS)
public class PartnerFault extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient PartnerFaultInfo faultInfo;

    public PartnerFault(String message, PartnerFaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public PartnerFaultInfo getFaultInfo() {
        return faultInfo;
    }

    public static PartnerFault of(String code, String message) {
        PartnerFaultInfo info = new PartnerFaultInfo();
        info.code = code;
        info.message = message;
        return new PartnerFault(message, info);
    }

    /** No stack trace: faults travel to partners. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
