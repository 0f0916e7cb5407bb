package es.viogen.municipal.ui;

import java.io.Serializable;
import java.time.LocalDate;

/** A training record of a local police officer for the adhesion. */
public class TrainingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String officer;
    private Integer hours;
    private LocalDate trainedOn;
    private String course;

    void saved() {
        officer = null;
        hours = null;
        trainedOn = null;
        course = null;
    }

    public String getOfficer() {
        return officer;
    }

    public void setOfficer(String officer) {
        this.officer = officer;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public LocalDate getTrainedOn() {
        return trainedOn;
    }

    public void setTrainedOn(LocalDate trainedOn) {
        this.trainedOn = trainedOn;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }
}
