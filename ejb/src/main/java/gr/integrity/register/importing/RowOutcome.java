package gr.integrity.register.importing;

/** What happened to one row: its outcome, a stable reason code, and a detail for the report. */
public record RowOutcome(Kind kind, String reason, String detail) {

    public enum Kind { CREATED, MATCHED, SKIPPED, NEEDS_REVIEW }

    public static RowOutcome created(String reason, String detail) {
        return new RowOutcome(Kind.CREATED, reason, detail);
    }

    public static RowOutcome matched(String reason, String detail) {
        return new RowOutcome(Kind.MATCHED, reason, detail);
    }

    public static RowOutcome skipped(String reason, String detail) {
        return new RowOutcome(Kind.SKIPPED, reason, detail);
    }

    public static RowOutcome review(String reason, String detail) {
        return new RowOutcome(Kind.NEEDS_REVIEW, reason, detail);
    }
}
