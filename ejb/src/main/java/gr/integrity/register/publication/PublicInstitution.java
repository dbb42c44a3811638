package gr.integrity.register.publication;

/** An institution as the public register lists it. */
public record PublicInstitution(long id, String nameEl, String nameEn, String kind) implements java.io.Serializable {
}
