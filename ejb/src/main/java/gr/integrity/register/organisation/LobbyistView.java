package gr.integrity.register.organisation;

import java.time.LocalDate;

/**
 * A person who lobbies for an organisation: the past public position, and whether the cooling-off period after it
 * still runs (a former official, until the day given). The public sees only confirmed entries; the organisation's
 * representative and ADMINs see the others marked as waiting.
 */
public record LobbyistView(long id, String name, String pastPosition, LocalDate positionEnded, LocalDate coolingOffUntil,
                           boolean formerOfficial, boolean confirmed) implements java.io.Serializable {
}
