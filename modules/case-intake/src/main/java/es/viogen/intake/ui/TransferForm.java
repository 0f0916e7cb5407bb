package es.viogen.intake.ui;

import java.io.Serializable;

/** The transfer dialog of the case page: the receiving unit, the new municipality (optional) and the reason. */
public class TransferForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long unitId;
    private String municipality;
    private String reason;

    void clear() {
        unitId = null;
        municipality = null;
        reason = null;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
