package gr.integrity.register.lobbying;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A meeting as every public surface shows it (page, CSV, JSON): who, whom, when, where, about what, and where the
 * record came from. An imported meeting says so, with its source and licence.
 */
public record PublicMeeting(long id, LocalDate date, String location, String subject, Long institutionId,
                            String institution, List<Attendee> officials, List<Met> organisations,
                            List<Area> policyAreas, String source, boolean imported, String licence) implements java.io.Serializable {

    /**
     * An official present; {@code declaredLate} when the official declared the meeting here later than the law
     * allows ({@link gr.integrity.register.declaration.Lateness}: a fact of the first submission, which an amendment
     * does not change). An official of an imported meeting declared nothing here and is never late.
     */
    public record Attendee(long personId, String name, String title, boolean declaredLate)
            implements java.io.Serializable {
    }

    /**
     * An organisation met, by the name the record gives; {@code recorded} tells whether its record is confirmed
     * (it has a page, and its Transparency Register ID is given) or still waits for an ADMIN.
     */
    public record Met(long organisationId, String name, String transparencyId, boolean recorded)
            implements java.io.Serializable {
    }

    /** A policy area the meeting was about, by the key the search filters on ({@code area=}) and its name. */
    public record Area(String key, String name) implements java.io.Serializable {
    }

    /**
     * The columns of a meeting as one row (the API's CSV, the meetings download, the open data files): lists joined
     * with "; ", in the same order across columns (each official's title beside their name). Columns added later
     * come last, so that a reader of the older files finds every column where it was.
     */
    public static final List<String> COLUMNS = List.of("id", "date", "institution", "officials", "titles",
            "organisations", "transparency_register_ids", "location", "subject", "source", "imported", "licence", "policy_areas");

    /** The meeting as one row of {@link #COLUMNS}; a value it does not have is null. */
    public List<Object> row() {
        return Arrays.asList(id, date.toString(), institution,
                joined(officials.stream().map(Attendee::name)),
                joined(officials.stream().map(a -> a.title() == null ? "" : a.title())),
                joined(organisations.stream().map(Met::name)),
                joined(organisations.stream().map(o -> o.transparencyId() == null ? "" : o.transparencyId())),
                location, subject, source, imported, licence, joined(policyAreas.stream().map(Area::name)));
    }

    private static String joined(Stream<String> values) {
        return values.collect(Collectors.joining("; "));
    }
}
