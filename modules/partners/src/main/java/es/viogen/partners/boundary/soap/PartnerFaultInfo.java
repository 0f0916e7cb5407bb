package es.viogen.partners.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** XML type {@code tns:PartnerFaultType} of partners-v1.xsd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PartnerFaultType", propOrder = {"code", "message", "field"})
public class PartnerFaultInfo {

    public String code;
    public String message;
    public List<String> field = new ArrayList<>();
}
