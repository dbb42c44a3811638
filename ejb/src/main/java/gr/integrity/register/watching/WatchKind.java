package gr.integrity.register.watching;

/** What a watch follows: an official's filings and meetings, an organisation's meetings, or a meeting search. */
public enum WatchKind {
    OFFICIAL,
    ORGANISATION,
    SEARCH
}
