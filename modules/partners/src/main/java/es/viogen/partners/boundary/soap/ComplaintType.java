package es.viogen.partners.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import javax.xml.datatype.XMLGregorianCalendar;

/** XML type {@code tns:Complaint} of partners-v1.xsd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Complaint", propOrder = {"atestadoNumber", "filedAt", "place", "municipalityCode", "channel", "summary"})
public class ComplaintType {

    public String atestadoNumber;
    public XMLGregorianCalendar filedAt;
    public String place;
    public String municipalityCode;
    public String channel;
    public String summary;
}
