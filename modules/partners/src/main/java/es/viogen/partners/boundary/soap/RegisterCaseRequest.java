package es.viogen.partners.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** XML type {@code tns:RegisterCaseRequestType} of partners-v1.xsd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "RegisterCaseRequestType", propOrder = {"complaint", "victim", "aggressor", "minor", "responsibleUnitId"})
public class RegisterCaseRequest {

    public ComplaintType complaint;
    public VictimType victim;
    public AggressorType aggressor;
    public List<MinorType> minor = new ArrayList<>();
    public Long responsibleUnitId;
}
