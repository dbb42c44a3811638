package gr.integrity.register.declaration;

/** The kinds of filing; one lifecycle serves them all. */
public enum DeclarationType {
    /** the asset declaration ("πόθεν έσχες") */
    ASSET,
    /** the declaration of financial interests */
    INTEREST,
    /** a lobbying meeting */
    MEETING,
    /** an interest representative's annual return of its influence activities (law 4829/2021), by its organisation */
    LOBBYING_RETURN,
    /** an institution's annual declaration of the lobbying it received (law 4829/2021), filed in May */
    LOBBYING_RECEIVED;

    /** Whether an organisation or an institution files it for a year, rather than a person. */
    public boolean isAnnualReturn() {
        return this == LOBBYING_RETURN || this == LOBBYING_RECEIVED;
    }
}
