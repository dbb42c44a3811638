package gr.integrity.register.lobbying;

import java.time.LocalDate;

/**
 * What a meeting search asks for: any of an official, an institution, an organisation, a policy area (by its key,
 * {@link Meeting.PolicyArea}), words of the subject (in Greek or Latin letters, accents and case ignored) and a date
 * range. Empty fields ask for nothing.
 */
public record MeetingFilter(Long official, Long institution, Long organisation, String policyArea, String words,
                            LocalDate from, LocalDate to) implements java.io.Serializable {

    /** A search without a policy area. */
    public MeetingFilter(Long official, Long institution, Long organisation, String words, LocalDate from,
                         LocalDate to) {
        this(official, institution, organisation, null, words, from, to);
    }

    public static MeetingFilter all() {
        return new MeetingFilter(null, null, null, null, null, null, null);
    }
}
