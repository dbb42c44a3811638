package gr.integrity.register.registry.importing;

import gr.integrity.register.common.TextKeys;
import gr.integrity.register.registry.Person;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;

/**
 * Decides whether a row of an import names a person already in the register. The candidates are the persons
 * whose given and family names have the same folded words in any order (accents, case and final sigma ignored).
 * Among them:
 * <ol>
 * <li>a father's name, where both sides have one, must agree; a candidate with the same father's name is
 * preferred over one whose father's name is unknown;</li>
 * <li>one compatible candidate is a match; none means a new person;</li>
 * <li>several: the one holding a post during the row's dates is the match; if that does not single one out the
 * row goes to review. Two people are never merged on a guess.</li>
 * </ol>
 */
public final class PersonMatching {

    private PersonMatching() {
    }

    /**
     * The register's persons of that given and family name as candidates; the dates of their posts are read only
     * when there are rivals to tell apart.
     */
    public static List<Candidate> candidatesNamed(EntityManager em, String givenName, String familyName) {
        List<Person> persons = em.createQuery("select p from Person p where p.nameKey = :key", Person.class)
                .setParameter("key", Person.nameKey(givenName, familyName)).getResultList();
        return persons.stream().map(p -> new Candidate(p.getId(), p.getFatherName(),
                persons.size() > 1 ? periods(em, p) : List.of())).toList();
    }

    private static List<Period> periods(EntityManager em, Person person) {
        return em.createQuery("select m.startDate, m.endDate from Mandate m where m.person = :person", Object[].class)
                .setParameter("person", person).getResultList().stream()
                .map(r -> new Period((LocalDate) r[0], (LocalDate) r[1])).toList();
    }

    public record Period(LocalDate start, LocalDate end) {

        boolean overlaps(LocalDate from, LocalDate to) {
            LocalDate myEnd = end == null ? LocalDate.MAX : end;
            LocalDate otherEnd = to == null ? LocalDate.MAX : to;
            return !start.isAfter(otherEnd) && !from.isAfter(myEnd);
        }
    }

    public record Candidate(long personId, String fatherName, List<Period> periods) {
    }

    public sealed interface Decision permits Match, NewPerson, Ambiguous {
    }

    public record Match(long personId) implements Decision {
    }

    public record NewPerson() implements Decision {
    }

    public record Ambiguous(List<Long> candidates) implements Decision {
    }

    public static Decision decide(String fatherName, LocalDate start, LocalDate end, List<Candidate> candidates) {
        String father = TextKeys.fold(fatherName);
        List<Candidate> compatible = candidates;
        if (!father.isEmpty()) {
            List<Candidate> sameFather = candidates.stream()
                    .filter(c -> father.equals(TextKeys.fold(c.fatherName()))).toList();
            compatible = !sameFather.isEmpty() ? sameFather
                    : candidates.stream().filter(c -> TextKeys.fold(c.fatherName()).isEmpty()).toList();
        }
        if (compatible.isEmpty()) {
            return new NewPerson();
        }
        if (compatible.size() == 1) {
            return new Match(compatible.get(0).personId());
        }
        List<Candidate> inOffice = compatible.stream()
                .filter(c -> c.periods().stream().anyMatch(p -> p.overlaps(start, end))).toList();
        if (inOffice.size() == 1) {
            return new Match(inOffice.get(0).personId());
        }
        return new Ambiguous(compatible.stream().map(Candidate::personId).toList());
    }
}
