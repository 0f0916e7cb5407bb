package es.viogen.municipal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A service a crisis centre offers, with its own hours (blank: the centre's hours). */
@Embeddable
public class CentreService {

    @Enumerated(EnumType.STRING)
    @Column(name = "service_code", nullable = false, length = 40)
    private CrisisService service;

    private String hours;

    protected CentreService() {
    }

    public CentreService(CrisisService service, String hours) {
        this.service = service;
        this.hours = hours;
    }

    public CrisisService getService() {
        return service;
    }

    public String getHours() {
        return hours;
    }
}
