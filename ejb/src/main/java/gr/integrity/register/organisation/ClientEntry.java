package gr.integrity.register.organisation;

/**
 * A client an organisation declared, as its representative and ADMINs see it: the client's record, and whether an
 * ADMIN has confirmed the entry (until then the public does not see it).
 */
public record ClientEntry(OrganisationChoice client, boolean confirmed) implements java.io.Serializable {
}
