package es.viogen.partners.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** XML type {@code tns:Coverage} of partners-v1.xsd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Coverage", propOrder = {"regionCode", "provinceCode", "programme", "integrated", "percentage", "pendingIneCode"})
public class CoverageType {

    public String regionCode;
    public String provinceCode;
    public int programme;
    public int integrated;
    public double percentage;
    public List<String> pendingIneCode = new ArrayList<>();
}
