package gr.integrity.register.organisation;

import gr.integrity.register.registry.Mandate;
import gr.integrity.register.registry.Person;
import gr.integrity.register.registry.importing.PersonMatching;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Matches the persons who lobby for organisations to the register's persons, with the officials importer's rules
 * ({@link PersonMatching}): the same folded name words in any order. A lobbyist entry has no father's name, so a
 * name alone proves nothing; the match is taken as certain only when the register can corroborate it: the one
 * candidate left by those rules held a post on the day the lobbyist's past position ended. Every other namesake
 * waits for an ADMIN's decision, which is kept, and until then the revolving door is judged on what was typed.
 * A lobbyist without a decision is matched at each read, so a former official imported later is found.
 */
final class LobbyistPersons {

    private final EntityManager em;

    LobbyistPersons(EntityManager em) {
        this.em = em;
    }

    /** The match of one lobbyist; the namesakes to choose among are listed only when {@code withCandidates}. */
    PersonMatch match(OrganisationLobbyist lobbyist, boolean withCandidates) {
        if (lobbyist.getPersonDecision() == PersonDecision.CONFIRMED) {
            return new PersonMatch(PersonMatch.State.CONFIRMED, candidate(lobbyist.getPerson()), List.of());
        }
        if (lobbyist.getPersonDecision() == PersonDecision.REJECTED) {
            return new PersonMatch(PersonMatch.State.REJECTED, null, List.of());
        }
        List<Person> namesakes = namesakes(lobbyist.getFullName());
        if (namesakes.isEmpty()) {
            return new PersonMatch(PersonMatch.State.NO_NAMESAKE, null, List.of());
        }
        List<PersonMatch.Candidate> candidates = namesakes.stream().map(this::candidate).toList();
        LocalDate ended = lobbyist.getPositionEnded();
        if (ended != null) {
            PersonMatching.Decision decision = PersonMatching.decide(null, ended, ended,
                    candidates.stream().map(LobbyistPersons::forMatching).toList());
            if (decision instanceof PersonMatching.Match match) {
                PersonMatch.Candidate chosen = candidates.stream().filter(c -> c.personId() == match.personId())
                        .findFirst().orElseThrow();
                if (heldAPostOn(chosen, ended)) {
                    return new PersonMatch(PersonMatch.State.MATCHED, chosen, List.of());
                }
            }
        }
        return new PersonMatch(PersonMatch.State.UNCERTAIN, null, withCandidates ? candidates : List.of());
    }

    /** The register's persons an ADMIN may say a lobbyist is: their namesakes. */
    List<Person> namesakes(String fullName) {
        return em.createQuery("select p from Person p where p.nameKey = :key order by p.id", Person.class)
                .setParameter("key", Person.nameKey(fullName, "")).getResultList();
    }

    private PersonMatch.Candidate candidate(Person person) {
        List<PersonMatch.Post> posts = em.createQuery("select m from Mandate m join fetch m.position p"
                        + " join fetch p.institution where m.person = :person", Mandate.class)
                .setParameter("person", person).getResultStream()
                .map(m -> new PersonMatch.Post(m.getPosition().getTitleEl(),
                        m.getPosition().getInstitution().getNameEl(), m.getStartDate(), m.getEndDate()))
                .sorted(LATEST_FIRST).toList();
        return new PersonMatch.Candidate(person.getId(), person.fullName(), posts);
    }

    /** Posts still held first, then by the day they ended, latest first. */
    static final Comparator<PersonMatch.Post> LATEST_FIRST = Comparator
            .comparing(PersonMatch.Post::end, Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(PersonMatch.Post::start, Comparator.reverseOrder());

    private static PersonMatching.Candidate forMatching(PersonMatch.Candidate c) {
        return new PersonMatching.Candidate(c.personId(), null,
                c.posts().stream().map(p -> new PersonMatching.Period(p.start(), p.end())).toList());
    }

    private static boolean heldAPostOn(PersonMatch.Candidate candidate, LocalDate day) {
        return candidate.posts().stream().anyMatch(p -> !p.start().isAfter(day)
                && (p.end() == null || !p.end().isBefore(day)));
    }
}
