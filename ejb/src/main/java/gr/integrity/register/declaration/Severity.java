package gr.integrity.register.declaration;

public enum Severity {
    /** blocks submission */
    ERROR,
    /** the filer must confirm it (optionally explaining) before submitting */
    WARNING
}
