package gr.integrity.register.organisation;

import java.util.List;

/** What is entered for an organisation, confirmed or waiting: the persons who lobby for it and its clients. */
public record OrganisationEntries(List<LobbyistView> lobbyists, List<ClientEntry> clients)
        implements java.io.Serializable {

    /** Whether anything waits for an ADMIN's confirmation. */
    public boolean isWaiting() {
        return lobbyists.stream().anyMatch(l -> !l.confirmed()) || clients.stream().anyMatch(c -> !c.confirmed());
    }
}
