package es.viogen.municipal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of an agreement's joint follow-up commission (two representatives per side). */
@Entity
@Table(name = "commission_member", schema = "municipal")
public class CommissionMember {

    /** Which party the member represents. */
    public enum Side { STATE, MUNICIPALITY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    public Long getId() {
        return id;
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
