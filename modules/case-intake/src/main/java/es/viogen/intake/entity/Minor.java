package es.viogen.intake.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A minor in the victim's care (one record per child). */
@Entity
@Table(name = "minor", schema = "intake")
public class Minor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(nullable = false)
    private int age;

    @Column(name = "common_child", nullable = false)
    private boolean commonChild;

    @Column(name = "custody_arrangement", length = 300)
    private String custodyArrangement;

    @Column(length = 200)
    private String school;

    @Version
    private long version;

    protected Minor() {
    }

    public Minor(long caseId, String firstName, int age, boolean commonChild, String custodyArrangement, String school) {
        this.caseId = caseId;
        this.firstName = firstName;
        this.age = age;
        this.commonChild = commonChild;
        this.custodyArrangement = custodyArrangement;
        this.school = school;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getFirstName() {
        return firstName;
    }

    public int getAge() {
        return age;
    }

    public boolean isCommonChild() {
        return commonChild;
    }

    public String getCustodyArrangement() {
        return custodyArrangement;
    }

    public String getSchool() {
        return school;
    }
}
