package gr.integrity.register.registry.importing;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class PersonMatchingTest {

    private static PersonMatching.Candidate candidate(long id, String father, String start, String end) {
        return new PersonMatching.Candidate(id, father,
                List.of(new PersonMatching.Period(LocalDate.parse(start), end == null ? null : LocalDate.parse(end))));
    }

    private static final PersonMatching.Candidate KARAMANLIS_ALEXANDROU =
            candidate(1, "Αλεξάνδρου", "1989-06-18", "2020-07-25");
    private static final PersonMatching.Candidate KARAMANLIS_ACHILLEA =
            candidate(2, "Αχιλλεα", "2015-01-25", "2020-07-25");

    @Test
    void noCandidateMeansANewPerson() {
        assertInstanceOf(PersonMatching.NewPerson.class,
                PersonMatching.decide(null, LocalDate.parse("2004-03-10"), null, List.of()));
    }

    @Test
    void theFathersNameTellsNameTwinsApart() {
        var decision = PersonMatching.decide("αχιλλεα", LocalDate.parse("2019-07-07"), LocalDate.parse("2020-07-25"),
                List.of(KARAMANLIS_ALEXANDROU, KARAMANLIS_ACHILLEA));
        assertEquals(new PersonMatching.Match(2), decision);
    }

    @Test
    void aDifferentFathersNameIsADifferentPerson() {
        var decision = PersonMatching.decide("Γεωργιου", LocalDate.parse("1990-01-01"), null,
                List.of(KARAMANLIS_ALEXANDROU));
        assertInstanceOf(PersonMatching.NewPerson.class, decision);
    }

    @Test
    void withoutAFathersNameTheOneInOfficeAtTheTimeMatches() {
        // the prime minister of 2004 was an MP then; his namesake entered parliament in 2015
        var decision = PersonMatching.decide(null, LocalDate.parse("2004-03-10"), LocalDate.parse("2007-09-19"),
                List.of(KARAMANLIS_ALEXANDROU, KARAMANLIS_ACHILLEA));
        assertEquals(new PersonMatching.Match(1), decision);
    }

    @Test
    void whenDatesDoNotTellWhoTheRowGoesToReview() {
        var decision = PersonMatching.decide(null, LocalDate.parse("2019-07-09"), LocalDate.parse("2020-07-27"),
                List.of(KARAMANLIS_ALEXANDROU, KARAMANLIS_ACHILLEA));
        assertEquals(new PersonMatching.Ambiguous(List.of(1L, 2L)), decision);
    }

    @Test
    void aCandidateWithoutAFathersNameIsCompatible() {
        var decision = PersonMatching.decide("Αλεξανδρου", LocalDate.parse("2004-03-10"), null,
                List.of(candidate(7, null, "2004-03-10", "2009-10-06")));
        assertEquals(new PersonMatching.Match(7), decision);
    }
}
