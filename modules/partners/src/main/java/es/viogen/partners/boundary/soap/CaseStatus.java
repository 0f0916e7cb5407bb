package es.viogen.partners.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;

/** XML type {@code tns:CaseStatusType} of partners-v1.xsd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CaseStatusType", propOrder = {"caseId", "caseNumber", "status", "riskLevel", "especialRelevancia", "minorsAtRisk", "assessedAt", "instrument", "explanation"})
public class CaseStatus {

    public long caseId;
    public String caseNumber;
    public String status;
    public String riskLevel;
    public boolean especialRelevancia;
    public boolean minorsAtRisk;
    public XMLGregorianCalendar assessedAt;
    public String instrument;
    public List<String> explanation = new ArrayList<>();
}
