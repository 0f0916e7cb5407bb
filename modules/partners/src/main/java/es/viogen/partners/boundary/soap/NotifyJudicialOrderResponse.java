package es.viogen.partners.boundary.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** XML type {@code tns:NotifyJudicialOrderResponseType} of partners-v1.xsd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "NotifyJudicialOrderResponseType", propOrder = {"orderId"})
public class NotifyJudicialOrderResponse {

    public long orderId;
}
