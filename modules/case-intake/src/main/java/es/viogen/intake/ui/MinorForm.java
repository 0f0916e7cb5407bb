package es.viogen.intake.ui;

import es.viogen.intake.api.NewMinor;

import java.io.Serializable;

/** One minor on the intake wizard. */
public class MinorForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String firstName;
    private Integer age;
    private boolean commonChild = true;
    private String custodyArrangement;
    private String school;

    public NewMinor toNew() {
        return new NewMinor(firstName, age == null ? -1 : age, commonChild, custodyArrangement, school);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public boolean isCommonChild() {
        return commonChild;
    }

    public void setCommonChild(boolean commonChild) {
        this.commonChild = commonChild;
    }

    public String getCustodyArrangement() {
        return custodyArrangement;
    }

    public void setCustodyArrangement(String custodyArrangement) {
        this.custodyArrangement = custodyArrangement;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }
}
