/** The SOAP facade of the partner interface: JAXB types matching partners-v1.xsd and the endpoint. */
@XmlSchema(namespace = "urn:viogen:partners:v1", elementFormDefault = XmlNsForm.QUALIFIED)
package es.viogen.partners.boundary.soap;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
