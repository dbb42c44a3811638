package gr.integrity.register.reporting;

/** Where a report from the public stands: waiting for an auditor, or handled by one (with a note). */
public enum ReportState {
    OPEN,
    HANDLED
}
