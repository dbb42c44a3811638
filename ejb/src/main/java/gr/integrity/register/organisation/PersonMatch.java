package gr.integrity.register.organisation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a person who lobbies for an organisation is one of the register's persons, and so whose mandates say
 * when their public posts ended.
 *
 * @param state      how the register knows (or does not)
 * @param person     the person it is, when {@link State#MATCHED} or {@link State#CONFIRMED}
 * @param candidates the namesakes an ADMIN chooses among, when {@link State#UNCERTAIN} (only on the pages where
 *                   an ADMIN or the organisation's representative keeps the entries)
 */
public record PersonMatch(State state, Candidate person, List<Candidate> candidates) implements Serializable {

    public enum State {
        /** The register has no person of that name. */
        NO_NAMESAKE,
        /** The name matches one person, and the day the lobbyist's past position ended falls in one of their posts. */
        MATCHED,
        /** Namesakes the register cannot tell apart or confirm on its own: an ADMIN decides. */
        UNCERTAIN,
        /** An ADMIN said which person the lobbyist is. */
        CONFIRMED,
        /** An ADMIN said none of the namesakes is the lobbyist. */
        REJECTED
    }

    /** A person of the register, with their public posts, the latest first. */
    public record Candidate(long personId, String name, List<Post> posts) implements Serializable {
    }

    /** A public post a person held, from the register's mandates; {@code end} null while it is held. */
    public record Post(String title, String institution, LocalDate start, LocalDate end) implements Serializable {
    }

    /** Whether the register knows who the lobbyist is, and so takes the revolving door from their mandates. */
    public boolean linked() {
        return person != null;
    }
}
