package es.viogen.municipal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One load or re-import of the registry, with the counts of what it changed. */
@Entity
@Table(name = "import_run", schema = "municipal")
public class ImportRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "rows_read", nullable = false)
    private int rowsRead;

    @Column(nullable = false)
    private int added;

    @Column(nullable = false)
    private int updated;

    @Column(nullable = false)
    private int unchanged;

    private String summary;

    @Column(nullable = false, length = 20)
    private String status;

    protected ImportRun() {
    }

    public ImportRun(String fileName, String startedBy, Instant startedAt) {
        this.fileName = fileName;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.status = "RUNNING";
    }

    public void finish(int read, int add, int upd, int same, String text, Instant at) {
        this.rowsRead = read;
        this.added = add;
        this.updated = upd;
        this.unchanged = same;
        this.summary = text;
        this.finishedAt = at;
        this.status = "DONE";
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getAdded() {
        return added;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public String getSummary() {
        return summary;
    }

    public String getStatus() {
        return status;
    }
}
