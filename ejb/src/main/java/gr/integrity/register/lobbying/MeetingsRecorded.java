package gr.integrity.register.lobbying;

import java.util.Set;

/**
 * The register's meetings changed for these persons: a meeting was declared, amended, withheld or imported with them
 * among its officials (or they left one). Fired in the transaction that changed them, so that what is checked over a
 * person's meetings (a declared interest in an organisation they met) is checked again on what is now recorded.
 */
public record MeetingsRecorded(Set<Long> personIds) {

    public MeetingsRecorded {
        personIds = Set.copyOf(personIds);
    }
}
