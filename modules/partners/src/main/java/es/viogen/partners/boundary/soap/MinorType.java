package es.viogen.partners.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** XML type {@code tns:Minor} of partners-v1.xsd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Minor", propOrder = {"firstName", "age", "commonChild", "custodyArrangement", "school"})
public class MinorType {

    public String firstName;
    public Integer age;
    public Boolean commonChild;
    public String custodyArrangement;
    public String school;
}
