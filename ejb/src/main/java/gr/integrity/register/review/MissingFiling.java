package gr.integrity.register.review;

import gr.integrity.register.declaration.DeclarationType;

import java.time.LocalDate;

/** An obligation past its deadline with nothing submitted: who, which institution, what, due when. */
public record MissingFiling(long obligationId, long personId, String personName, String institution,
                            DeclarationType type, int periodYear, LocalDate deadline, long daysOverdue)
        implements java.io.Serializable {
}
