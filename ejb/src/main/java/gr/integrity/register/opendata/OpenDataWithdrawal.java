package gr.integrity.register.opendata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A version that left the public register after a bulk file had published it. The next change file lists it, so
 * that whoever copied the earlier files (now taken down) knows to drop it.
 */
@Entity
@Table(name = "open_data_withdrawal")
public class OpenDataWithdrawal {

    public enum Reason {
        /** Withheld by an ADMIN, by a court's or the authority's decision. */
        WITHHELD,
        /** Its category's publication was turned off by a change of the law. */
        UNPUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "declaration_id", nullable = false, updatable = false)
    private long declarationId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "receipt_number", nullable = false, length = 40, updatable = false)
    private String receiptNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Reason reason;

    @Column(name = "withdrawn_at", nullable = false, updatable = false)
    private Instant withdrawnAt;

    protected OpenDataWithdrawal() {
    }

    OpenDataWithdrawal(long declarationId, int versionNo, String receiptNumber, Reason reason, Instant withdrawnAt) {
        this.declarationId = declarationId;
        this.versionNo = versionNo;
        this.receiptNumber = receiptNumber;
        this.reason = reason;
        this.withdrawnAt = withdrawnAt;
    }

    public Long getId() {
        return id;
    }

    /** The row of the bulk files' withdrawals table, in the dictionary's column order. */
    java.util.List<Object> row() {
        return java.util.Arrays.asList(declarationId, versionNo, receiptNumber, reason.name(), withdrawnAt.toString());
    }
}
