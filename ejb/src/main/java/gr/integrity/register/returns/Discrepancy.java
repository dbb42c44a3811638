package gr.integrity.register.returns;

import java.io.Serializable;
import java.util.List;

/**
 * A contact one source reports and the other does not, explained with both sides: the entry as reported, and what
 * the other source holds for the same organisation around that day (none, or a meeting a few days off, or with
 * another official), so that the auditor sees at once whether it is an omission or a slip of date or name.
 *
 * @param code {@code RETURN_NOT_DECLARED} (a meeting in a lobbyist's return that no official declared),
 *             {@code MEETING_NOT_RETURNED} (a declared meeting missing from the organisation's return),
 *             {@code RETURN_NOT_RECEIVED} (a contact in a return missing from the named institution's declaration),
 *             {@code RECEIVED_NOT_RETURNED} (a contact an institution declared, missing from the organisation's
 *             return), {@code RECEIVED_NO_RETURN} (the same, from an organisation that filed no return),
 *             {@code RECEIVED_NOT_DECLARED} (a meeting an institution declared that none of its officials declared)
 *             or {@code MEETING_NOT_RECEIVED} (a meeting an official declared, missing from the declaration of the
 *             institution of the official's post)
 */
public record Discrepancy(String code, ContactEntry reported, List<ContactEntry> otherSide) implements Serializable {

    /** Entries of the other source this many days either side of the reported date are shown beside it. */
    public static final int NEARBY_DAYS = 7;
}
