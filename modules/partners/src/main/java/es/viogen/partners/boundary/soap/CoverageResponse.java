package es.viogen.partners.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** XML type {@code tns:CoverageResponseType} of partners-v1.xsd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CoverageResponseType", propOrder = {"coverage"})
public class CoverageResponse {

    public List<CoverageType> coverage = new ArrayList<>();
}
