package gr.integrity.register.declaration;

/** What the public sees of a field: the one place each field's publicity is decided. */
public enum Privacy {
    /** shown as filed */
    PUBLIC,
    /** never on a public surface */
    PRIVATE,
    /** an amount shown as the band it falls in, where the law publishes bands rather than exact values */
    BANDED
}
