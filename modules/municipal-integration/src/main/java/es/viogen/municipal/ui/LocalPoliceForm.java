package es.viogen.municipal.ui;

import es.viogen.municipal.entity.Municipality;

import java.io.Serializable;
import java.time.LocalDate;

/** Whether the municipality has its own local police, by which source and as of which day. */
public class LocalPoliceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Boolean hasLocalPolice;
    private String localPoliceSource;
    private LocalDate localPoliceAsOf;

    /** The first time the page loads, the form shows what the registry holds. */
    void fillOnce(Municipality m) {
        if (hasLocalPolice == null) {
            hasLocalPolice = m.isHasLocalPolice();
            localPoliceSource = m.getLocalPoliceSource();
            localPoliceAsOf = m.getLocalPoliceAsOf();
        }
    }

    public Boolean getHasLocalPolice() {
        return hasLocalPolice;
    }

    public void setHasLocalPolice(Boolean hasLocalPolice) {
        this.hasLocalPolice = hasLocalPolice;
    }

    public String getLocalPoliceSource() {
        return localPoliceSource;
    }

    public void setLocalPoliceSource(String localPoliceSource) {
        this.localPoliceSource = localPoliceSource;
    }

    public LocalDate getLocalPoliceAsOf() {
        return localPoliceAsOf;
    }

    public void setLocalPoliceAsOf(LocalDate localPoliceAsOf) {
        this.localPoliceAsOf = localPoliceAsOf;
    }
}
