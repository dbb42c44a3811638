package gr.integrity.register.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An auditor's internal note on a declaration: never shown to the filer or the public. */
@Entity
@Table(name = "review_note")
public class ReviewNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "declaration_id", nullable = false, updatable = false)
    private long declarationId;

    @Column(nullable = false, length = 100, updatable = false)
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(nullable = false, length = 4000, updatable = false)
    private String text;

    protected ReviewNote() {
    }

    ReviewNote(long declarationId, String author, String text) {
        this.declarationId = declarationId;
        this.author = author;
        this.text = text;
        this.writtenAt = Instant.now();
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }
}
