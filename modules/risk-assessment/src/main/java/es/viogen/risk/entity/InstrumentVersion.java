package es.viogen.risk.entity;

import es.viogen.risk.api.AssessmentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;

/**
 * One stored version of an instrument: its JSON definition as loaded (immutable once stored) and whether it is the
 * version new assessments of its code use.
 */
@Entity
@Table(name = "instrument", schema = "risk")
public class InstrumentVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Source { BUNDLED, UPLOADED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 20)
    private String version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssessmentKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false)
    private String definition;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Source source;

    @Column(name = "loaded_by", nullable = false, length = 100)
    private String loadedBy;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Column(nullable = false)
    private boolean current;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected InstrumentVersion() {
    }

    public InstrumentVersion(String code, String version, AssessmentKind kind, String title, String definition,
                             String sha256, Source source, String loadedBy, Instant loadedAt) {
        this.code = code;
        this.version = version;
        this.kind = kind;
        this.title = title;
        this.definition = definition;
        this.sha256 = sha256;
        this.source = source;
        this.loadedBy = loadedBy;
        this.loadedAt = loadedAt;
    }

    public void makeCurrent() {
        current = true;
    }

    public void retire() {
        current = false;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getVersion() {
        return version;
    }

    public AssessmentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDefinition() {
        return definition;
    }

    public String getSha256() {
        return sha256;
    }

    public Source getSource() {
        return source;
    }

    public String getLoadedBy() {
        return loadedBy;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }

    public boolean isCurrent() {
        return current;
    }
}
