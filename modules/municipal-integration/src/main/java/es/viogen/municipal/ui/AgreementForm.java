package es.viogen.municipal.ui;

import es.viogen.municipal.boundary.AdhesionDesk;
import es.viogen.municipal.control.AgreementTerms;
import es.viogen.municipal.entity.CommissionMember;
import es.viogen.platform.api.RiskLevel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The adhesion agreement form: signature, term, highest level the local police follows, reference and the commission. */
public class AgreementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate signedOn;
    private Integer termYears = AgreementTerms.DEFAULT_TERM_YEARS;
    private RiskLevel maxLevel = AgreementTerms.DEFAULT_MAX_LEVEL;
    private String reference;
    private String state1;
    private String state2;
    private String local1;
    private String local2;

    /** The two members of each side of the monitoring commission, as typed. */
    List<AdhesionDesk.MemberInput> members() {
        return List.of(new AdhesionDesk.MemberInput(CommissionMember.Side.STATE, state1, null),
                new AdhesionDesk.MemberInput(CommissionMember.Side.STATE, state2, null),
                new AdhesionDesk.MemberInput(CommissionMember.Side.MUNICIPALITY, local1, null),
                new AdhesionDesk.MemberInput(CommissionMember.Side.MUNICIPALITY, local2, null));
    }

    /** After saving, the next agreement starts with a new signature and reference. */
    void saved() {
        signedOn = null;
        reference = null;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public Integer getTermYears() {
        return termYears;
    }

    public void setTermYears(Integer termYears) {
        this.termYears = termYears;
    }

    public RiskLevel getMaxLevel() {
        return maxLevel;
    }

    public void setMaxLevel(RiskLevel maxLevel) {
        this.maxLevel = maxLevel;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getState1() {
        return state1;
    }

    public void setState1(String state1) {
        this.state1 = state1;
    }

    public String getState2() {
        return state2;
    }

    public void setState2(String state2) {
        this.state2 = state2;
    }

    public String getLocal1() {
        return local1;
    }

    public void setLocal1(String local1) {
        this.local1 = local1;
    }

    public String getLocal2() {
        return local2;
    }

    public void setLocal2(String local2) {
        this.local2 = local2;
    }
}
