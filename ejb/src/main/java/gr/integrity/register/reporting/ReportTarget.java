package gr.integrity.register.reporting;

import java.io.Serializable;

/** What a report is about: one published version of a declaration, or one meeting record. */
public record ReportTarget(Long declarationId, Integer versionNo, Long meetingId) implements Serializable {

    public static ReportTarget version(long declarationId, int versionNo) {
        return new ReportTarget(declarationId, versionNo, null);
    }

    public static ReportTarget meeting(long meetingId) {
        return new ReportTarget(null, null, meetingId);
    }

    public boolean isMeeting() {
        return meetingId != null;
    }
}
