package gr.integrity.register.publication;

import gr.integrity.register.declaration.DeclarationType;

import java.time.LocalDate;

/**
 * What a list of the public register is narrowed by: words of a name, an institution, an official, an organisation,
 * a declaration type, a date range (of first submission), a change since an instant (for change files). Each
 * optional; each collection reads the ones that apply to it.
 */
public record DirectoryFilter(String words, Long institution, Long official, Long organisation, DeclarationType type,
                              LocalDate from, LocalDate to, java.time.Instant changedSince)
        implements java.io.Serializable {

    public static DirectoryFilter none() {
        return new DirectoryFilter(null, null, null, null, null, null, null, null);
    }

    /** Records created or changed after the instant: what a change file carries. */
    public static DirectoryFilter changedSince(java.time.Instant since) {
        return new DirectoryFilter(null, null, null, null, null, null, null, since);
    }
}
