package gr.integrity.register.publication;

/** An organisation as the public register lists it (its public identifiers; never who proposed it). */
public record PublicOrganisation(long id, String nameEl, String nameEn, String category, String status,
                                 String euTransparencyId, String registrationNumber, String website,
                                 String areasOfInterest) implements java.io.Serializable {
}
