package es.viogen.partners.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import javax.xml.datatype.XMLGregorianCalendar;

/** XML type {@code tns:ReportIncidentRequestType} of partners-v1.xsd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ReportIncidentRequestType", propOrder = {"caseId", "type", "occurredAt", "place", "description"})
public class ReportIncidentRequest {

    public Long caseId;
    public String type;
    public XMLGregorianCalendar occurredAt;
    public String place;
    public String description;
}
