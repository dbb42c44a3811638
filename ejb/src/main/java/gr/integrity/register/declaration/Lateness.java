package gr.integrity.register.declaration;

import gr.integrity.register.registry.Obligation;

import java.time.Duration;
import java.time.Instant;

/**
 * The register's one definition of a late filing, used by every page, count and red flag: its first submission
 * came after the instant it was due. A declaration owed by an obligation is due at the end of the obligation's
 * current deadline day in Athens (an extension granted afterwards clears it); a meeting declaration at the end of
 * the fifteenth day after the meeting. Lateness is computed from those instants, never stored, and is a fact of the
 * first submission: an amendment does not make a filing late. A correction within the grace period (30 days) of
 * the original is never late; a later one is, if the deadline has passed by then.
 */
public final class Lateness {

    /**
     * The same definition in JPQL, for counts over many filings: a declaration aliased {@code d}, left-joined to its
     * obligation aliased {@code o} ({@code from Declaration d left join d.obligation o}).
     */
    public static final String LATE_JPQL = "(d.firstSubmittedAt > coalesce(o.dueAt, d.dueAt))";

    private Lateness() {
    }

    public static boolean isLate(Declaration declaration) {
        Instant due = dueAt(declaration);
        Instant first = declaration.getFirstSubmittedAt();
        return due != null && first != null && first.isAfter(due);
    }

    /** When the declaration was due: its obligation's deadline, or (a meeting) what its content says. */
    public static Instant dueAt(Declaration declaration) {
        Obligation obligation = declaration.getObligation();
        return obligation != null ? obligation.dueInstant() : declaration.getDueAt();
    }

    public static boolean isLateCorrection(Obligation obligation, Instant firstSubmittedAt, Instant correctionAt,
                                           int graceDays) {
        return obligation != null && isLateCorrection(obligation.dueInstant(), firstSubmittedAt, correctionAt, graceDays);
    }

    /** The same, for a list that reads the instant the obligation was due rather than the obligation. */
    public static boolean isLateCorrection(Instant dueAt, Instant firstSubmittedAt, Instant correctionAt, int graceDays) {
        if (dueAt == null || firstSubmittedAt == null || correctionAt == null) {
            return false;
        }
        boolean withinGrace = !correctionAt.isAfter(firstSubmittedAt.plus(Duration.ofDays(graceDays)));
        return !withinGrace && correctionAt.isAfter(dueAt);
    }
}
