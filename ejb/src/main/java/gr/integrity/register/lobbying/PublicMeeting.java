package gr.integrity.register.lobbying;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as every public surface shows it (page, CSV, JSON): who, whom, when, where, about what, and where the
 * record came from. An imported meeting says so, with its source and licence.
 */
public record PublicMeeting(long id, LocalDate date, String location, String subject, Long institutionId,
                            String institution, List<Attendee> officials, List<Met> organisations, String source,
                            boolean imported, String licence) implements java.io.Serializable {

    public record Attendee(long personId, String name, String title) implements java.io.Serializable {
    }

    public record Met(long organisationId, String name, String transparencyId) implements java.io.Serializable {
    }
}
