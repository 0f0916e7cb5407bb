package es.viogen.partners.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** XML type {@code tns:RegisterCaseResponseType} of partners-v1.xsd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "RegisterCaseResponseType", propOrder = {"caseId", "caseNumber"})
public class RegisterCaseResponse {

    public long caseId;
    public String caseNumber;
}
