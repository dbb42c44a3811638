package gr.integrity.register.fees;

import gr.integrity.register.registry.CategoryPolicy;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.ObligedCategory;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The fee of one late filing: the days from the obligation's current deadline to the day of the filing in Athens,
 * priced by the bands of the obligation's category. Which filings are late is {@code Lateness}'s to say (a first
 * submission after the deadline, or a correction after the grace period and the deadline); a correction within
 * the grace period is never late and so never owes a fee. Meeting declarations have no obligation and no fee.
 * Computed on every read, never stored, so that an extension of the deadline clears the fee with the lateness.
 */
@Dependent
public class LateFeeRules {

    @PersistenceContext
    private EntityManager em;

    /** The fee of a filing submitted at {@code submittedAt} for the obligation, if it is late and its category has fees. */
    public Optional<LateFee> feeOf(Obligation obligation, Instant submittedAt) {
        return feeOf(obligation.getCategory(), obligation.getDeadline(), submittedAt);
    }

    public Optional<LateFee> feeOf(ObligedCategory category, LocalDate deadline, Instant submittedAt) {
        long days = daysLate(deadline, submittedAt);
        return bandsOf(category).feeFor(days).map(amount -> new LateFee(days, amount));
    }

    /** Calendar days from the deadline to the day of submission in Athens: 1 for the day after the deadline. */
    public static long daysLate(LocalDate deadline, Instant submittedAt) {
        return ChronoUnit.DAYS.between(deadline, submittedAt.atZone(Obligation.ATHENS).toLocalDate());
    }

    /**
     * A category's bands as they stand (its policy comes from the transaction's persistence context after the
     * first read, so pricing many filings reads it once).
     */
    public LateFeeBands bandsOf(ObligedCategory category) {
        CategoryPolicy policy = em.find(CategoryPolicy.class, category);
        return LateFeeBands.parse(policy == null ? "" : policy.getLateFeeBands());
    }
}
