package gr.integrity.register.organisation;

import java.time.LocalDate;

/**
 * A person who lobbies for an organisation as the public sees them: the past public position, and whether the
 * cooling-off period after it still runs (a former official, until the day given).
 */
public record LobbyistView(long id, String name, String pastPosition, LocalDate positionEnded, LocalDate coolingOffUntil,
                           boolean formerOfficial) implements java.io.Serializable {
}
