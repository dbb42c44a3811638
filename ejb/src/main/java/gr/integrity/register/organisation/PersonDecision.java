package gr.integrity.register.organisation;

/** What an ADMIN decided when the register could not tell for itself whether a lobbyist is one of its persons. */
public enum PersonDecision {
    /** The lobbyist is the person chosen. */
    CONFIRMED,
    /** None of the register's namesakes is the lobbyist. */
    REJECTED
}
