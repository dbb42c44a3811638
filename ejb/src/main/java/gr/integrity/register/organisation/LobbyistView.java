package gr.integrity.register.organisation;

import java.time.LocalDate;

/**
 * A person who lobbies for an organisation: their last public position, and whether the cooling-off period after
 * it still runs (a former official, until the day given). When the register knows who the lobbyist is
 * ({@link PersonMatch#linked()}), the position and its end are those of the person's latest mandate; otherwise
 * they are what was entered. The public sees only confirmed entries; the organisation's representative and ADMINs
 * see the others marked as waiting.
 */
public record LobbyistView(long id, String name, String pastPosition, LocalDate positionEnded, LocalDate coolingOffUntil,
                           boolean formerOfficial, boolean confirmed, PersonMatch match) implements java.io.Serializable {

    /** Whether the position comes from the register's own mandates rather than from what was typed. */
    public boolean fromMandates() {
        return match.linked() && !match.person().posts().isEmpty();
    }

    /** Whether the lobbyist still holds the public post the register knows of (flagged, with no end to count from). */
    public boolean inOffice() {
        return fromMandates() && positionEnded == null;
    }
}
