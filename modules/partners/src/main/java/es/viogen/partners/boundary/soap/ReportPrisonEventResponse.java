package es.viogen.partners.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** XML type {@code tns:ReportPrisonEventResponseType} of partners-v1.xsd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ReportPrisonEventResponseType", propOrder = {"prisonEventId", "caseId", "incidentId", "unitAlerted", "victimNotificationId"})
public class ReportPrisonEventResponse {

    public long prisonEventId;
    public long caseId;
    public long incidentId;
    public boolean unitAlerted;
    public long victimNotificationId;
}
