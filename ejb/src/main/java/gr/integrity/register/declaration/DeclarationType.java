package gr.integrity.register.declaration;

/** The three kinds of filing; one lifecycle serves them all. */
public enum DeclarationType {
    /** the asset declaration ("πόθεν έσχες") */
    ASSET,
    /** the declaration of financial interests */
    INTEREST,
    /** a lobbying meeting */
    MEETING
}
