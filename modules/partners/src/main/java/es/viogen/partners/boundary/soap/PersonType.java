package es.viogen.partners.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import javax.xml.datatype.XMLGregorianCalendar;

/** XML type {@code tns:Person} of partners-v1.xsd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Person", propOrder = {"firstName", "lastName1", "lastName2", "documentType", "documentNumber", "birthDate", "nationality"})
public class PersonType {

    public String firstName;
    public String lastName1;
    public String lastName2;
    public String documentType;
    public String documentNumber;
    public XMLGregorianCalendar birthDate;
    public String nationality;
}
