package gr.integrity.register.fees;

import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.registry.ObligationKind;
import gr.integrity.register.registry.ObligedCategory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One late filing and its fee, for the auditors' list and the collection file. The tax number is the filer's own,
 * which collection needs; it is on no page, only in the file an auditor downloads, and never on a public surface.
 */
public record LateFeeLine(long declarationId, int versionNo, String receiptNumber, long personId, String name,
                          String taxNumber, ObligedCategory category, DeclarationType type, ObligationKind kind,
                          int periodYear, LocalDate deadline, Instant submittedAt, long daysLate, BigDecimal fee)
        implements Serializable {

    /** A correction made after the grace period, which pays as a late filing of its own. */
    public boolean correction() {
        return versionNo > 1;
    }
}
