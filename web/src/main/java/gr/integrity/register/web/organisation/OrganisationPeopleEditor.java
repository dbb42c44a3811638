package gr.integrity.register.web.organisation;

import gr.integrity.register.organisation.ClientEntry;
import gr.integrity.register.organisation.LobbyistView;
import gr.integrity.register.organisation.OrganisationChoice;
import gr.integrity.register.organisation.OrganisationEntries;
import gr.integrity.register.organisation.OrganisationPeople;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The part of an organisation's page where the persons who lobby for it and its clients are added: the same for
 * an ADMIN keeping any entry and a LOBBYIST keeping their own (the service decides who may).
 */
public abstract class OrganisationPeopleEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganisationPeople people;

    private OrganisationEntries entries = new OrganisationEntries(List.of(), List.of());
    private String lobbyistName;
    private String pastPosition;
    private LocalDate positionEnded;
    private String clientName;

    /** The organisation being kept. */
    protected abstract Long organisationId();

    /** Where the page goes after a change: itself, showing the organisation again. */
    protected abstract String pageAddress();

    /** Everything entered, confirmed or waiting (the service gives a LOBBYIST only their own organisations'). */
    protected void loadPeople(long organisationId) {
        entries = people.entries(organisationId);
    }

    public void addLobbyist() {
        Pages.attempt("lobbyists", () -> {
            LobbyistView added = people.addLobbyist(Pages.required(organisationId()), lobbyistName, pastPosition,
                    positionEnded);
            Pages.flashInfo("organisation.lobbyistAdded", added.name());
            Pages.redirect(pageAddress());
        });
    }

    public void addClient() {
        Pages.attempt("clients", () -> {
            OrganisationChoice added = people.addClient(Pages.required(organisationId()), clientName);
            Pages.flashInfo("organisation.clientAdded", added.nameEl());
            Pages.redirect(pageAddress());
        });
    }

    /**
     * An ADMIN makes public the persons and clients a representative entered since the organisation was confirmed
     * (the service refuses anyone else).
     */
    public void confirmEntries() {
        Pages.attempt("confirmEntries", () -> {
            int confirmed = people.confirmEntries(Pages.required(organisationId()));
            Pages.flashInfo("organisation.entriesConfirmed", confirmed);
            Pages.redirect(pageAddress());
        });
    }

    /**
     * An ADMIN says who a lobbyist the register could not match is: one of its namesakes, or none ({@code personId}
     * null). The service refuses anyone else.
     */
    public void decidePerson(long lobbyistId, Long personId) {
        Pages.attempt("lobbyists", () -> {
            LobbyistView decided = people.decidePerson(lobbyistId, personId);
            Pages.flashInfo(personId == null ? "organisation.personRejected" : "organisation.personConfirmed",
                    decided.name());
            Pages.redirect(pageAddress());
        });
    }

    public boolean takesClients(gr.integrity.register.organisation.OrganisationCategory category) {
        return OrganisationPeople.WITH_CLIENTS.contains(category);
    }

    public List<LobbyistView> getLobbyists() {
        return entries.lobbyists();
    }

    public List<ClientEntry> getClients() {
        return entries.clients();
    }

    /** Whether a person or client entered waits for an ADMIN's confirmation. */
    public boolean isWaiting() {
        return entries.isWaiting();
    }

    public String getLobbyistName() {
        return lobbyistName;
    }

    public void setLobbyistName(String lobbyistName) {
        this.lobbyistName = lobbyistName;
    }

    public String getPastPosition() {
        return pastPosition;
    }

    public void setPastPosition(String pastPosition) {
        this.pastPosition = pastPosition;
    }

    public LocalDate getPositionEnded() {
        return positionEnded;
    }

    public void setPositionEnded(LocalDate positionEnded) {
        this.positionEnded = positionEnded;
    }

    public String getClientName() {
        return clientName;
    }

    public void setClientName(String clientName) {
        this.clientName = clientName;
    }
}
