package es.viogen.intake.ui;

import es.viogen.intake.api.ComplaintChannel;
import es.viogen.intake.api.NewComplaint;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The complaint step of the intake wizard: the atestado, where and when, and (for staff without a unit) the owning unit. */
public class ComplaintStep implements Serializable {

    private static final long serialVersionUID = 1L;

    private String atestadoNumber;
    private LocalDateTime filedAt;
    private String place;
    private String municipalityCode;
    private ComplaintChannel channel = ComplaintChannel.VICTIM;
    private String summary;
    private Long responsibleUnitId;

    /** {@code filedAt} is the local time in {@code zone} the officer typed. */
    public NewComplaint toNew(ZoneId zone) {
        return new NewComplaint(atestadoNumber, filedAt == null ? null : filedAt.atZone(zone).toInstant(), place,
                municipalityCode, channel, summary);
    }

    public String getAtestadoNumber() {
        return atestadoNumber;
    }

    public void setAtestadoNumber(String atestadoNumber) {
        this.atestadoNumber = atestadoNumber;
    }

    public LocalDateTime getFiledAt() {
        return filedAt;
    }

    public void setFiledAt(LocalDateTime filedAt) {
        this.filedAt = filedAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public void setChannel(ComplaintChannel channel) {
        this.channel = channel;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Long getResponsibleUnitId() {
        return responsibleUnitId;
    }

    public void setResponsibleUnitId(Long responsibleUnitId) {
        this.responsibleUnitId = responsibleUnitId;
    }
}
