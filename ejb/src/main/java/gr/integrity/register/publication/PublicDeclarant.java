package gr.integrity.register.publication;

import gr.integrity.register.declaration.Declaration;

import java.io.Serializable;

/**
 * Who filed a published declaration, as the public sees them: an official (a person with a post), an interest
 * representative's organisation (its annual return) or an institution (its declaration of lobbying received), each
 * with the public page that is theirs.
 */
public record PublicDeclarant(Kind kind, long id, String name, String nameEn) implements Serializable {

    public enum Kind {
        PERSON("/person.xhtml"), ORGANISATION("/organisation.xhtml"), INSTITUTION("/institution.xhtml");

        private final String page;

        Kind(String page) {
            this.page = page;
        }
    }

    public static PublicDeclarant of(Declaration d) {
        if (d.getPerson() != null) {
            return new PublicDeclarant(Kind.PERSON, d.getPerson().getId(), d.getPerson().fullName(false),
                    d.getPerson().fullName(true));
        }
        if (d.getOrganisation() != null) {
            return new PublicDeclarant(Kind.ORGANISATION, d.getOrganisation().getId(), d.getOrganisation().name(false),
                    d.getOrganisation().name(true));
        }
        return new PublicDeclarant(Kind.INSTITUTION, d.getInstitution().getId(), d.getInstitution().name(false),
                d.getInstitution().name(true));
    }

    /** The declarant's public page, from the site's root: {@code /person.xhtml?id=12}. */
    public String page() {
        return kind.page + "?id=" + id;
    }

    public String name(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
