package gr.integrity.register.review;

import gr.integrity.register.common.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A declaration's review: its state, the auditor it is assigned to and its risk score. */
@Entity
@Table(name = "review")
public class Review {

    @Id
    @Column(name = "declaration_id")
    private Long declarationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReviewState state;

    @Column(name = "assigned_to", length = 100)
    private String assignedTo;

    @Column(name = "risk_score", nullable = false)
    private int riskScore;

    @Column(name = "review_started_at")
    private Instant reviewStartedAt;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    @Version
    private int version;

    protected Review() {
    }

    Review(long declarationId) {
        this.declarationId = declarationId;
        this.state = ReviewState.AWAITING_REVIEW;
        this.stateChangedAt = Instant.now();
    }

    /** An auditor's move; one the workflow does not allow from here is refused, and nothing changes. */
    void moveTo(ReviewState next) {
        if (!state.auditorMoves().contains(next)) {
            throw new ConflictException("review.transitionRefused", state.name(), next.name());
        }
        changeState(next);
    }

    void assign(String auditor) {
        if (state == ReviewState.AWAITING_REVIEW) {
            moveTo(ReviewState.IN_REVIEW);
        } else if (state != ReviewState.IN_REVIEW) {
            throw new ConflictException("review.transitionRefused", state.name(), ReviewState.IN_REVIEW.name());
        }
        assignedTo = auditor;
        if (reviewStartedAt == null) {
            reviewStartedAt = Instant.now();
        }
    }

    /** A new version was submitted: a clarification is answered, an accepted filing is to be looked at again. */
    void amended() {
        changeState(state.afterAmendment());
    }

    private void changeState(ReviewState next) {
        if (next != state) {
            state = next;
            stateChangedAt = Instant.now();
        }
    }

    void score(int riskScore) {
        this.riskScore = riskScore;
    }

    public Long getDeclarationId() {
        return declarationId;
    }

    public ReviewState getState() {
        return state;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public int getRiskScore() {
        return riskScore;
    }

    public boolean isStarted() {
        return reviewStartedAt != null;
    }

    public Instant getStateChangedAt() {
        return stateChangedAt;
    }

    public int getVersion() {
        return version;
    }
}
