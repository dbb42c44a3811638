package gr.integrity.register.publication;

import java.time.LocalDate;
import java.util.List;

/** An official as the public register lists them: names, and the posts that oblige them to file. */
public record PublicOfficial(long id, String name, String nameEn, List<Post> posts) implements java.io.Serializable {

    public record Post(String title, String titleEn, long institutionId, String institution, LocalDate from,
                       LocalDate to) implements java.io.Serializable {
    }
}
