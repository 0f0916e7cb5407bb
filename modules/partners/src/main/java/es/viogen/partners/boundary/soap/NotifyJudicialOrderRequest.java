package es.viogen.partners.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import javax.xml.datatype.XMLGregorianCalendar;

/** XML type {@code tns:NotifyJudicialOrderRequestType} of partners-v1.xsd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "NotifyJudicialOrderRequestType", propOrder = {"caseId", "type", "court", "procedureNumber", "startsOn", "endsOn", "distanceMetres", "notes"})
public class NotifyJudicialOrderRequest {

    public Long caseId;
    public String type;
    public String court;
    public String procedureNumber;
    public XMLGregorianCalendar startsOn;
    public XMLGregorianCalendar endsOn;
    public Integer distanceMetres;
    public String notes;
}
