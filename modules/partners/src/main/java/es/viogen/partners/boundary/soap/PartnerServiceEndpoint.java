package es.viogen.partners.boundary.soap;

import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;

/**
 * SOAP 1.1 endpoint of the partner interface, contract-first: it serves {@code WEB-INF/wsdl/partners-v1.wsdl} (and its
 * XSD) at {@code /ws/partners/v1}. Metro creates this instance itself, so nothing is injected: every call is delegated
 * to the CDI bean {@link SoapOperations} (authentication, scopes, idempotency, faults). Incoming messages are
 * validated against the XSD ({@link SchemaValidation}): types, order, occurrences (e.g. at most 20 minors) and
 * enumerations are the contract's, and a message that breaks it never reaches the operation.
 */
@SchemaValidation(outbound = false)
@WebService(name = "PartnerPortType", serviceName = "PartnerService", portName = "PartnerPort",
        targetNamespace = PartnerServiceEndpoint.NS, wsdlLocation = "WEB-INF/wsdl/partners-v1.wsdl")
@SOAPBinding(style = SOAPBinding.Style.DOCUMENT, use = SOAPBinding.Use.LITERAL,
        parameterStyle = SOAPBinding.ParameterStyle.BARE)
public class PartnerServiceEndpoint {

    public static final String NS = "urn:viogen:partners:v1";

    private static SoapOperations operations() {
        return CDI.current().select(SoapOperations.class).get();
    }

    @WebMethod(operationName = "RegisterCase", action = "urn:viogen:partners:v1:RegisterCase")
    @WebResult(name = "RegisterCaseResponse", targetNamespace = NS, partName = "response")
    public RegisterCaseResponse registerCase(
            @WebParam(name = "RegisterCaseRequest", targetNamespace = NS, partName = "request") RegisterCaseRequest request,
            @WebParam(name = "MessageId", targetNamespace = NS, header = true, partName = "messageId") String messageId)
            throws PartnerFault {
        return operations().registerCase(request, messageId);
    }

    @WebMethod(operationName = "GetCaseStatus", action = "urn:viogen:partners:v1:GetCaseStatus")
    @WebResult(name = "GetCaseStatusResponse", targetNamespace = NS, partName = "response")
    public CaseStatus getCaseStatus(
            @WebParam(name = "GetCaseStatusRequest", targetNamespace = NS, partName = "request") CaseRequest request)
            throws PartnerFault {
        return operations().caseStatus(request);
    }

    @WebMethod(operationName = "ReportIncident", action = "urn:viogen:partners:v1:ReportIncident")
    @WebResult(name = "ReportIncidentResponse", targetNamespace = NS, partName = "response")
    public ReportIncidentResponse reportIncident(
            @WebParam(name = "ReportIncidentRequest", targetNamespace = NS, partName = "request") ReportIncidentRequest request,
            @WebParam(name = "MessageId", targetNamespace = NS, header = true, partName = "messageId") String messageId)
            throws PartnerFault {
        return operations().reportIncident(request, messageId);
    }

    @WebMethod(operationName = "NotifyJudicialOrder", action = "urn:viogen:partners:v1:NotifyJudicialOrder")
    @WebResult(name = "NotifyJudicialOrderResponse", targetNamespace = NS, partName = "response")
    public NotifyJudicialOrderResponse notifyJudicialOrder(
            @WebParam(name = "NotifyJudicialOrderRequest", targetNamespace = NS, partName = "request") NotifyJudicialOrderRequest request,
            @WebParam(name = "MessageId", targetNamespace = NS, header = true, partName = "messageId") String messageId)
            throws PartnerFault {
        return operations().notifyJudicialOrder(request, messageId);
    }

    @WebMethod(operationName = "ReportPrisonEvent", action = "urn:viogen:partners:v1:ReportPrisonEvent")
    @WebResult(name = "ReportPrisonEventResponse", targetNamespace = NS, partName = "response")
    public ReportPrisonEventResponse reportPrisonEvent(
            @WebParam(name = "ReportPrisonEventRequest", targetNamespace = NS, partName = "request") ReportPrisonEventRequest request,
            @WebParam(name = "MessageId", targetNamespace = NS, header = true, partName = "messageId") String messageId)
            throws PartnerFault {
        return operations().reportPrisonEvent(request, messageId);
    }

    @WebMethod(operationName = "GetRiskStatus", action = "urn:viogen:partners:v1:GetRiskStatus")
    @WebResult(name = "GetRiskStatusResponse", targetNamespace = NS, partName = "response")
    public RiskStatusResult getRiskStatus(
            @WebParam(name = "GetRiskStatusRequest", targetNamespace = NS, partName = "request") CaseRequest request)
            throws PartnerFault {
        return operations().riskStatus(request);
    }

    @WebMethod(operationName = "GetCoverage", action = "urn:viogen:partners:v1:GetCoverage")
    @WebResult(name = "GetCoverageResponse", targetNamespace = NS, partName = "response")
    public CoverageResponse getCoverage(
            @WebParam(name = "GetCoverageRequest", targetNamespace = NS, partName = "request") CoverageRequest request)
            throws PartnerFault {
        return operations().coverage(request);
    }
}
