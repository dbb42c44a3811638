package gr.integrity.register.platform.mail;

import java.time.Duration;

/**
 * The one-time link a mail carries, described rather than made: whose account it opens, for what, for how long.
 * The link itself is made by {@link OneTimeLinks} when the mail is delivered, so that it exists only in the mail
 * the addressee receives, never in the outbox an ADMIN reads.
 */
public record OneTimeLink(long accountId, String purpose, Duration validity) {

    /** Stands in the kept body of a mail where its link goes. */
    public static final String PLACE = "\u27E6link\u27E7";
}
