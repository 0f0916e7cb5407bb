package es.viogen.intake.ui;

import es.viogen.intake.api.DocumentType;
import es.viogen.intake.api.PersonIdentity;

import java.io.Serializable;
import java.time.LocalDate;

/** The identity fields of a person on the intake wizard (a mutable JavaBean for the page). */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String firstName;
    private String lastName1;
    private String lastName2;
    private DocumentType documentType = DocumentType.DNI;
    private String documentNumber;
    private LocalDate birthDate;
    private String nationality;

    public PersonIdentity toIdentity() {
        return new PersonIdentity(firstName, lastName1, lastName2, documentType, documentNumber, birthDate, nationality);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName1() {
        return lastName1;
    }

    public void setLastName1(String lastName1) {
        this.lastName1 = lastName1;
    }

    public String getLastName2() {
        return lastName2;
    }

    public void setLastName2(String lastName2) {
        this.lastName2 = lastName2;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public void setDocumentType(DocumentType documentType) {
        this.documentType = documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }
}
