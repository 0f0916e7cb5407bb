package es.viogen.partners.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;

/** XML type {@code tns:RiskStatusType} of partners-v1.xsd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "RiskStatusType", propOrder = {"caseId", "assessmentId", "instrument", "level", "computedLevel", "especialRelevancia", "minorsAtRisk", "minorsVulnerable", "assessedAt", "explanation"})
public class RiskStatusResult {

    public long caseId;
    public long assessmentId;
    public String instrument;
    public String level;
    public String computedLevel;
    public boolean especialRelevancia;
    public boolean minorsAtRisk;
    public boolean minorsVulnerable;
    public XMLGregorianCalendar assessedAt;
    public List<String> explanation = new ArrayList<>();
}
