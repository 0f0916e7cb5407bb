package es.viogen.partners.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import javax.xml.datatype.XMLGregorianCalendar;

/** XML type {@code tns:ReportPrisonEventRequestType} of partners-v1.xsd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ReportPrisonEventRequestType", propOrder = {"caseId", "type", "occurredAt", "startsOn", "endsOn", "facility", "reason"})
public class ReportPrisonEventRequest {

    public Long caseId;
    public String type;
    public XMLGregorianCalendar occurredAt;
    public XMLGregorianCalendar startsOn;
    public XMLGregorianCalendar endsOn;
    public String facility;
    public String reason;
}
