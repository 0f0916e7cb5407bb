package es.viogen.partners.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** XML type {@code tns:Aggressor} of partners-v1.xsd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Aggressor", propOrder = {"identity", "relationship", "cohabiting", "weaponsLicence", "whereaboutsKnown"})
public class AggressorType {

    public PersonType identity;
    public String relationship;
    public Boolean cohabiting;
    public Boolean weaponsLicence;
    public Boolean whereaboutsKnown;
}
