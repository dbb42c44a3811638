package gr.integrity.register.organisation;

/** Where an organisation record stands. */
public enum OrganisationStatus {
    /** named in a declaration (or proposed by a lobbyist) and not yet checked by an ADMIN */
    PENDING,
    /** checked by an ADMIN, or entered by one */
    CONFIRMED,
    /** a duplicate, merged into another record, which now answers for it */
    MERGED
}
