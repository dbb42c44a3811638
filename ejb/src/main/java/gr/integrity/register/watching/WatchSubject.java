package gr.integrity.register.watching;

import java.io.Serializable;

/** What someone asks to follow: an official, an organisation, or the words of a meeting search. */
public record WatchSubject(WatchKind kind, Long personId, Long organisationId, String words) implements Serializable {

    public static WatchSubject official(long personId) {
        return new WatchSubject(WatchKind.OFFICIAL, personId, null, null);
    }

    public static WatchSubject organisation(long organisationId) {
        return new WatchSubject(WatchKind.ORGANISATION, null, organisationId, null);
    }

    public static WatchSubject search(String words) {
        return new WatchSubject(WatchKind.SEARCH, null, null, words);
    }
}
