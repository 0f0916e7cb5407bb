package es.viogen.municipal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A member of an agreement's joint follow-up commission (two representatives per side). */
@Embeddable
public class CommissionMember {

    /** Which party the member represents. */
    public enum Side { STATE, MUNICIPALITY }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Side side;

    @Column(name = "member_name", nullable = false)
    private String memberName;

    private String position;

    protected CommissionMember() {
    }

    public CommissionMember(Side side, String memberName, String position) {
        this.side = side;
        this.memberName = memberName;
        this.position = position;
    }

    public Side getSide() {
        return side;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getPosition() {
        return position;
    }
}
