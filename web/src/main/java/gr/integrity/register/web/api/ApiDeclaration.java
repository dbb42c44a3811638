package gr.integrity.register.web.api;

import gr.integrity.register.declaration.DeclarationContent;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A published declaration as the API returns it: identifiers and URLs that stay stable, every version (a withheld
 * one with no content), each version's redacted content and the hash of that public form.
 */
public record ApiDeclaration(long id, String url, String type, int periodYear, String obligationKind,
                             Official official, Declarant declarant, boolean late, List<Version> versions) {

    /** The official who filed it; none for an annual lobbying return, which an organisation or an institution files. */
    public record Official(long id, String name, String nameEn, String url) {
    }

    /** Who filed it: {@code PERSON} (the official above), {@code ORGANISATION} or {@code INSTITUTION}. */
    public record Declarant(String kind, long id, String name, String nameEn, String url) {
    }

    /** {@code submittedAt} in ISO 8601, UTC. */
    public record Version(int versionNo, String receiptNumber, String submittedAt, boolean superseded, boolean late,
                          boolean withheld, String publicHash, String pdfUrl, Content content) {
    }

    /** Header fields, then each section's items (an item's id is stable across versions). */
    public record Content(Map<String, String> header, Map<String, List<Item>> sections) {

        public static Content of(DeclarationContent content) {
            if (content == null) {
                return null;
            }
            Map<String, List<Item>> sections = new TreeMap<>();
            content.getSections().forEach((name, items) ->
                    sections.put(name, items.stream().map(i -> new Item(i.getId(), i.getValues())).toList()));
            return new Content(new TreeMap<>(content.getHeader()), sections);
        }
    }

    public record Item(String id, Map<String, String> values) {
    }
}
