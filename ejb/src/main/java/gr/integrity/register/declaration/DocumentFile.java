package gr.integrity.register.declaration;

import gr.integrity.register.common.NotFoundException;

/** An attached document as it is downloaded: its file name and bytes. */
public record DocumentFile(String fileName, byte[] bytes) {

    /** The download of a stored document; none stored is "not found". */
    public static DocumentFile of(AttachedDocument document, String sha) {
        if (document == null) {
            throw new NotFoundException("Document", sha);
        }
        return new DocumentFile(document.getFileName(), document.getContent());
    }

    /**
     * The download the public gets: the name a filer's computer gave the file (a person's name, a folder, a case
     * number) is not published, so it is named by the declaration and the start of its hash.
     */
    public static DocumentFile published(AttachedDocument document, long declarationId, String sha) {
        DocumentFile file = of(document, sha);
        return new DocumentFile("declaration-" + declarationId + "-" + sha.substring(0, 12) + ".pdf", file.bytes());
    }
}
