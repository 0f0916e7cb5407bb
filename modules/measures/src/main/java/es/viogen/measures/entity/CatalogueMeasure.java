package es.viogen.measures.entity;

import es.viogen.platform.api.RiskLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A police protection measure of one protocol version's catalogue (loaded from its resource file, never edited). */
@Entity
@Table(name = "catalogue_measure", schema = "measures")
public class CatalogueMeasure {

    @Id
    private Long id;

    @Column(name = "protocol_id")
    private long protocolId;

    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_level")
    private RiskLevel minLevel;

    private String kind;

    @Column(name = "frequency_hours")
    private Integer frequencyHours;

    @Column(name = "name_key")
    private String nameKey;

    private String name;

    private int position;

    protected CatalogueMeasure() {
    }

    public Long getId() {
        return id;
    }

    public long getProtocolId() {
        return protocolId;
    }

    public String getCode() {
        return code;
    }

    public RiskLevel getMinLevel() {
        return minLevel;
    }

    public String getKind() {
        return kind;
    }

    public boolean isMandatory() {
        return "MANDATORY".equals(kind);
    }

    public Integer getFrequencyHours() {
        return frequencyHours;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }
}
