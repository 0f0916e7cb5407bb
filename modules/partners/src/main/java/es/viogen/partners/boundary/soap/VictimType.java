package es.viogen.partners.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** XML type {@code tns:Victim} of partners-v1.xsd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Victim", propOrder = {"identity", "language", "interpreterNeeded", "safeContactChannel", "safeCallWindow", "phone", "address", "addressProtected"})
public class VictimType {

    public PersonType identity;
    public String language;
    public Boolean interpreterNeeded;
    public String safeContactChannel;
    public String safeCallWindow;
    public String phone;
    public String address;
    public Boolean addressProtected;
}
