package fr.cpro.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** The metadata of a file joined to a message; the bytes are in {@link AttachmentStorage} under the key. */
@Entity
@Table(name = "ticket_attachment")
class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "message_id", nullable = false, updatable = false)
    private TicketMessage message;

    @Column(name = "original_name", nullable = false, length = 255, updatable = false)
    private String originalName;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "content_type", nullable = false, length = 255, updatable = false)
    private String contentType;

    @Column(nullable = false, length = 64, updatable = false, columnDefinition = "CHAR(64)")
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 100, updatable = false)
    private String storageKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    Attachment(TicketMessage message, ReceivedFile file, String storageKey, Instant now) {
        this.message = message;
        this.originalName = file.name();
        this.sizeBytes = file.size();
        this.contentType = file.contentType();
        this.sha256 = file.sha256();
        this.storageKey = storageKey;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    TicketMessage getMessage() {
        return message;
    }

    String getOriginalName() {
        return originalName;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getContentType() {
        return contentType;
    }

    String getStorageKey() {
        return storageKey;
    }

    AttachmentView toView() {
        return new AttachmentView(id, originalName, sizeBytes, contentType, sha256);
    }
}
