package gr.integrity.register.returns;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One side of a reconciliation: a contact as one source gives it. The source is a lobbyist's return
 * ({@code RETURN}), an official's meeting declaration ({@code MEETING}) or an institution's declaration of lobbying
 * received ({@code RECEIVED}); the declaration it comes from is linked for the auditor.
 */
public record ContactEntry(Source source, long declarationId, LocalDate date, String method, String official,
                           String organisation, String filedBy, String detail) implements Serializable {

    public enum Source {
        RETURN, MEETING, RECEIVED
    }
}
