package es.viogen.intake.ui;

import es.viogen.intake.api.IncidentType;
import es.viogen.intake.api.NewIncident;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The incident dialog of the case page. */
public class IncidentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private IncidentType type;
    private LocalDateTime at;
    private String place;
    private String description;
    private String source;

    /** {@code at} is the local time in {@code zone} the officer typed. */
    NewIncident toNew(ZoneId zone) {
        return new NewIncident(type, at == null ? null : at.atZone(zone).toInstant(), place, description, source);
    }

    void clear() {
        type = null;
        at = null;
        place = null;
        description = null;
        source = null;
    }

    public IncidentType getType() {
        return type;
    }

    public void setType(IncidentType type) {
        this.type = type;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public void setAt(LocalDateTime at) {
        this.at = at;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
