package gr.integrity.register.publication;

import java.time.LocalDate;
import java.util.List;

/** What the public sees of an official: names and posts. Never birth date, tax number or contact data. */
public record PublicPerson(long id, String name, String nameEn, List<Post> posts) {

    public record Post(String titleEl, String titleEn, String institutionEl, String institutionEn, long institutionId,
                       LocalDate start, LocalDate end) {

        public String title(boolean english) {
            return english && titleEn != null ? titleEn : titleEl;
        }

        public String institution(boolean english) {
            return english && institutionEn != null ? institutionEn : institutionEl;
        }
    }
}
