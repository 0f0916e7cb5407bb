package es.viogen.intake.entity;

import es.viogen.intake.api.DocumentType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.time.LocalDate;

/** Identity of a victim or aggressor: name, document and date of birth, plus the normalised name for matching. */
@Embeddable
public class Identity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name1", nullable = false, length = 100)
    private String lastName1;

    @Column(name = "last_name2", length = 100)
    private String lastName2;

    @Column(name = "name_key", nullable = false, length = 320)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 10)
    private DocumentType documentType;

    @Column(name = "document_number", length = 30)
    private String documentNumber;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(length = 60)
    private String nationality;

    protected Identity() {
    }

    public Identity(String firstName, String lastName1, String lastName2, String nameKey, DocumentType documentType,
                    String documentNumber, LocalDate birthDate, String nationality) {
        this.firstName = firstName;
        this.lastName1 = lastName1;
        this.lastName2 = lastName2;
        this.nameKey = nameKey;
        this.documentType = documentType;
        this.documentNumber = documentNumber;
        this.birthDate = birthDate;
        this.nationality = nationality;
    }

    public String fullName() {
        return firstName + " " + lastName1 + (lastName2 == null || lastName2.isBlank() ? "" : " " + lastName2);
    }

    public String getFullName() {
        return fullName();
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName1() {
        return lastName1;
    }

    public String getLastName2() {
        return lastName2;
    }

    public String getNameKey() {
        return nameKey;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getNationality() {
        return nationality;
    }
}
