package gr.integrity.register.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** That a reminder of a kind went out for an obligation: each goes out once. */
@Entity
@Table(name = "deadline_reminder")
@IdClass(DeadlineReminder.Key.class)
public class DeadlineReminder {

    /** The obligation and the reminder's kind. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long obligationId;
        private String kind;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(obligationId, key.obligationId)
                    && Objects.equals(kind, key.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(obligationId, kind);
        }
    }

    @Id
    @Column(name = "obligation_id")
    private Long obligationId;

    @Id
    @Column(length = 20)
    private String kind;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected DeadlineReminder() {
    }

    DeadlineReminder(long obligationId, String kind) {
        this.obligationId = obligationId;
        this.kind = kind;
        this.sentAt = Instant.now();
    }
}
