package es.viogen.intake.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The victim of a case. The address is shown only to the responsible unit when {@code addressProtected}. */
@Entity
@Table(name = "victim", schema = "intake")
public class Victim implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, unique = true)
    private long caseId;

    @Column(name = "person_ref", nullable = false)
    private long personRef;

    @Embedded
    private Identity identity;

    @Column(length = 60)
    private String language;

    @Column(name = "interpreter_needed", nullable = false)
    private boolean interpreterNeeded;

    @Column(name = "safe_contact_channel", length = 200)
    private String safeContactChannel;

    @Column(name = "safe_call_window", length = 100)
    private String safeCallWindow;

    @Column(length = 30)
    private String phone;

    @Column(length = 300)
    private String address;

    @Column(name = "address_protected", nullable = false)
    private boolean addressProtected;

    @Version
    private long version;

    protected Victim() {
    }

    public Victim(long caseId, long personRef, Identity identity, String language, boolean interpreterNeeded,
                  String safeContactChannel, String safeCallWindow, String phone, String address,
                  boolean addressProtected) {
        this.caseId = caseId;
        this.personRef = personRef;
        this.identity = identity;
        this.language = language;
        this.interpreterNeeded = interpreterNeeded;
        this.safeContactChannel = safeContactChannel;
        this.safeCallWindow = safeCallWindow;
        this.phone = phone;
        this.address = address;
        this.addressProtected = addressProtected;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getPersonRef() {
        return personRef;
    }

    public Identity getIdentity() {
        return identity;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isInterpreterNeeded() {
        return interpreterNeeded;
    }

    public String getSafeContactChannel() {
        return safeContactChannel;
    }

    public String getSafeCallWindow() {
        return safeCallWindow;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public boolean isAddressProtected() {
        return addressProtected;
    }
}
