package gr.integrity.register.organisation;

/**
 * An organisation as a picker offers it: its id, Greek and English names, status and the identifier that tells two
 * of the same name apart.
 */
public record OrganisationChoice(long id, String nameEl, String nameEn, OrganisationStatus status,
                                 String registrationNumber) implements java.io.Serializable {

    static OrganisationChoice of(Organisation o) {
        return new OrganisationChoice(o.getId(), o.getNameEl(), o.getNameEn(), o.getStatus(), o.getRegistrationNumber());
    }

    public boolean isPending() {
        return status == OrganisationStatus.PENDING;
    }
}
