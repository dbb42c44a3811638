package gr.integrity.register.importing;

public enum ImportStatus {
    RUNNING,
    /** the server stopped while it ran; it resumes from the last committed chunk */
    INTERRUPTED,
    COMPLETED
}
