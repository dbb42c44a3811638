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
}
