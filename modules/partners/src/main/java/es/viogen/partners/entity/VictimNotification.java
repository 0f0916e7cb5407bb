package es.viogen.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The SMS the victim is owed about a prison event, recorded for the SMS gateway (status RECORDED until a gateway
 * takes it). The text carries the event, its dates and the reason; never an address.
 */
@Entity
@Table(name = "victim_notification", schema = "partners")
public class VictimNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "prison_event_id", nullable = false)
    private long prisonEventId;

    @Column(nullable = false)
    private String channel;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    @Column(name = "message_text", nullable = false)
    private String messageText;

    @Column(nullable = false)
    private String status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected VictimNotification() {
    }

    public VictimNotification(long caseId, long prisonEventId, String channel, String messageKey, String messageText,
                              Instant createdAt) {
        this.caseId = caseId;
        this.prisonEventId = prisonEventId;
        this.channel = channel;
        this.messageKey = messageKey;
        this.messageText = messageText.length() > 500 ? messageText.substring(0, 500) : messageText;
        this.status = "RECORDED";
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getPrisonEventId() { return prisonEventId; }
    public String getChannel() { return channel; }
    public String getMessageText() { return messageText; }
    public String getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
}
