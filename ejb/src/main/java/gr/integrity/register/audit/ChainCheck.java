package gr.integrity.register.audit;

/**
 * Whether the audit trail's hash chain holds: how many entries were checked and, if it does not, the first entry
 * whose content no longer matches its hash or whose link to its predecessor is broken.
 */
public record ChainCheck(long entriesChecked, boolean holds, Long firstBrokenId, String reason)
        implements java.io.Serializable {
}
