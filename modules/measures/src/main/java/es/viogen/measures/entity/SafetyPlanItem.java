package es.viogen.measures.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** An item of the victim's personal safety plan (PSP), ticked off with her. */
@Entity
@Table(name = "safety_plan_item", schema = "measures")
public class SafetyPlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private long caseId;

    private String code;

    @Column(name = "name_key")
    private String nameKey;

    private String name;

    private int position;

    private boolean done;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by")
    private String doneBy;

    @Version
    private long version;

    protected SafetyPlanItem() {
    }

    public SafetyPlanItem(long caseId, String code, String nameKey, String name, int position) {
        this.caseId = caseId;
        this.code = code;
        this.nameKey = nameKey;
        this.name = name;
        this.position = position;
    }

    public void tick(boolean done, String by, Instant at) {
        this.done = done;
        this.doneAt = done ? at : null;
        this.doneBy = done ? by : null;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getCode() {
        return code;
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

    public boolean isDone() {
        return done;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public long getVersion() {
        return version;
    }
}
