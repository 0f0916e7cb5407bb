package es.viogen.risk.entity;

import es.viogen.platform.api.RiskLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;

/**
 * What a submission did to the case's level: the level in force afterwards, whether a lower result was applied,
 * proposed or held back, the officer's reasons, and the facts carried in from earlier forms.
 */
@Embeddable
public class LevelOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_in_force", length = 20)
    private RiskLevel levelInForce;

    @Column(name = "drop_outcome", length = 20)
    private String dropOutcome;

    @Column(name = "drop_reason", length = 2000)
    private String dropReason;

    @Column(name = "victim_confirm_reason", length = 2000)
    private String victimConfirmReason;

    @Column(name = "carried_facts", length = 500)
    private String carriedFacts;

    protected LevelOutcome() {
    }

    LevelOutcome(RiskLevel levelInForce, String dropOutcome, String dropReason, String victimConfirmReason,
                 String carriedFacts) {
        this.levelInForce = levelInForce;
        this.dropOutcome = dropOutcome;
        this.dropReason = dropReason;
        this.victimConfirmReason = victimConfirmReason;
        this.carriedFacts = carriedFacts;
    }

    /** The same outcome with another level in force (an approved drop). */
    LevelOutcome withLevelInForce(RiskLevel level) {
        return new LevelOutcome(level, dropOutcome, dropReason, victimConfirmReason, carriedFacts);
    }

    public RiskLevel getLevelInForce() {
        return levelInForce;
    }

    public String getDropOutcome() {
        return dropOutcome;
    }

    public String getDropReason() {
        return dropReason;
    }

    public String getVictimConfirmReason() {
        return victimConfirmReason;
    }

    public String getCarriedFacts() {
        return carriedFacts;
    }
}
