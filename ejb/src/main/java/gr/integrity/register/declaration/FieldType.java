package gr.integrity.register.declaration;

/** What a field holds; every value travels and is stored as text, and the rules check it against its type. */
public enum FieldType {
    TEXT,
    LONG_TEXT,
    /** one of the field's listed choices */
    CHOICE,
    /** a decimal number, e.g. an area in square metres */
    DECIMAL,
    INTEGER,
    /** a calendar year */
    YEAR,
    /** an ISO date (yyyy-MM-dd) */
    DATE,
    /** a share in (0, 100] */
    PERCENT,
    /** an amount of money; the currency is the section's {@code currency} field */
    AMOUNT,
    /** an ISO 4217 currency code */
    CURRENCY,
    /**
     * an organisation's name as the filer picked or typed it; the register links it to an {@code Organisation}
     * record, whose id it keeps in the companion field of type {@link #ORGANISATION_ID}
     */
    ORGANISATION,
    /** the id of the organisation record the preceding {@link #ORGANISATION} field names (set by the register) */
    ORGANISATION_ID,
    /**
     * a PDF document the filer attached, named by the SHA-256 of its bytes (set by the register when the file is
     * uploaded, so the version's hash covers the document)
     */
    DOCUMENT
}
