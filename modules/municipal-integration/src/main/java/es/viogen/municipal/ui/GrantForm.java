package es.viogen.municipal.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/** A funding grant of a year for the adhesion. */
public class GrantForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer grantYear = LocalDate.now(ZoneId.of("Europe/Madrid")).getYear();
    private BigDecimal amount;
    private LocalDate grantedOn;
    private String purpose;

    /** The year stays: the next grant is usually of the same year. */
    void saved() {
        amount = null;
        grantedOn = null;
        purpose = null;
    }

    public Integer getGrantYear() {
        return grantYear;
    }

    public void setGrantYear(Integer grantYear) {
        this.grantYear = grantYear;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public void setGrantedOn(LocalDate grantedOn) {
        this.grantedOn = grantedOn;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
