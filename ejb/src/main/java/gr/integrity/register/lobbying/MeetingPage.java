package gr.integrity.register.lobbying;

import java.util.List;

/** One page of a meeting search, newest first, and the cursor of the next page (null on the last). */
public record MeetingPage(List<PublicMeeting> items, String next) implements java.io.Serializable {
}
