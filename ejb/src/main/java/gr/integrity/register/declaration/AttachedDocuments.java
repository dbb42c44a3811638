package gr.integrity.register.declaration;

import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.platform.Hashing;
import gr.integrity.register.registry.RegistrySettings;
import gr.integrity.register.security.CurrentAccount;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Documents attached to declarations (the PDFs received at a meeting). A file is accepted only if its bytes are a
 * PDF that opens, whatever its name says, and only up to the size of the setting; it is stored cleaned of what a
 * published file must not carry. The name it was uploaded under is kept for the filer and auditors only. The public gets a document only
 * while a published, not withheld, version of its declaration names it; the filer and auditors get it always (the public's way is {@code PublicDeclarationService#document}).
 */
@Stateless
public class AttachedDocuments {

    /** The setting: the largest document, in megabytes. */
    public static final String MAX_MEGABYTES = "meeting.documentMaxMegabytes";
    private static final int FILE_NAME_MAX = 200;
    /** PDF readers look for the header within the first kilobyte; so does this check. */
    private static final int HEADER_WINDOW = 1024;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private gr.integrity.register.platform.persistence.DatabaseLimits databaseLimits;

    @Inject
    private DeclarationAccess access;

    @EJB
    private CurrentAccount currentAccount;

    @Inject
    private DeclarationKinds kinds;

    @Inject
    private RegistrySettings settings;

    /**
     * Stores a document for the caller's own declaration and answers the SHA-256 its content is to name it by. The
     * same file twice is stored once.
     */
    @RolesAllowed({Roles.OFFICIAL, Roles.LOBBYIST, Roles.LIAISON})
    public String attach(long declarationId, String fileName, byte[] bytes) {
        Declaration declaration = access.own(declarationId, false);
        if (!takesDocuments(kinds.of(declaration.getType()).schema())) {
            throw new InvalidInputException("document.notTaken", "file");
        }
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("document.empty", "file");
        }
        int maxMegabytes = maxMegabytes();
        if (bytes.length > maxMegabytes * 1024L * 1024L) {
            throw new InvalidInputException("document.tooLarge", "file", maxMegabytes);
        }
        byte[] published = cleanPdf(bytes);
        String sha = Hashing.sha256Hex(published);
        if (stored(em, declarationId, sha) == null) {
            em.persist(new AttachedDocument(declarationId, sha, safeFileName(fileName), published,
                    currentAccount.username()));
        }
        return sha;
    }

    /** A document of a declaration the caller may read in full (their own, or any for an auditor). */
    @RolesAllowed({Roles.OFFICIAL, Roles.LOBBYIST, Roles.LIAISON, Roles.AUDITOR})
    public DocumentFile filedFile(long declarationId, String sha) {
        Declaration declaration = access.readable(declarationId);
        DocumentFile file = file(declarationId, sha);
        access.recordDocumentRead(declaration, sha);
        return file;
    }

    /**
     * Removes from content the document fields that name no document of this declaration (a crafted request, or a
     * hash copied from someone else's declaration): the field is then missing, and the rules say so.
     */
    @RolesAllowed({Roles.OFFICIAL, Roles.LOBBYIST, Roles.LIAISON})
    public void keepAttached(long declarationId, DeclarationSchema schema, DeclarationContent content) {
        Set<String> attached = null;
        for (SectionDef section : schema.sections()) {
            for (FieldDef field : section.fields()) {
                if (field.type() != FieldType.DOCUMENT) {
                    continue;
                }
                for (DeclarationContent.Item item : content.items(section.name())) {
                    String sha = item.get(field.name());
                    if (sha == null) {
                        continue;
                    }
                    if (attached == null) {
                        attached = new HashSet<>(em.createQuery("select d.sha256 from AttachedDocument d"
                                + " where d.declarationId = :id", String.class)
                                .setParameter("id", declarationId).getResultList());
                    }
                    if (!attached.contains(sha)) {
                        item.set(field.name(), null);
                    }
                }
            }
        }
    }

    /** Whether a schema has a section of uploaded documents. */
    public static boolean takesDocuments(DeclarationSchema schema) {
        return schema.sections().stream().anyMatch(SectionDef::holdsDocuments);
    }

    private DocumentFile file(long declarationId, String sha) {
        return DocumentFile.of(stored(em, declarationId, sha), sha);
    }

    /** The stored document of a declaration named by its hash, or null; whether the caller may have it is not asked. */
    public static AttachedDocument stored(EntityManager em, long declarationId, String sha) {
        if (sha == null || !sha.matches(FieldChecks.SHA_256)) {
            return null;
        }
        List<AttachedDocument> found = em.createQuery("select d from AttachedDocument d where d.declarationId = :id"
                        + " and d.sha256 = :sha", AttachedDocument.class)
                .setParameter("id", declarationId).setParameter("sha", sha).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The largest document accepted, in megabytes: the setting, unless the database server takes less in one
     * statement (a larger file would fail there, as a 500, instead of being refused with this limit on its field).
     */
    @RolesAllowed({Roles.OFFICIAL, Roles.LOBBYIST, Roles.LIAISON})
    public int maxMegabytes() {
        int setting = Numbers.valueOr(settings.value(MAX_MEGABYTES, "10"), BigDecimal.TEN).intValue();
        return Math.min(setting, databaseLimits.storableMegabytes());
    }

    /**
     * The bytes must be a PDF that opens: a renamed image or an executable is refused whatever its name. What is
     * stored, and published, is the document written again without metadata, embedded files or actions
     * ({@link AttachedPdfCleaner}).
     */
    public static byte[] cleanPdf(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, HEADER_WINDOW), StandardCharsets.ISO_8859_1);
        if (!start.contains("%PDF-")) {
            throw new InvalidInputException("document.notPdf", "file");
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return AttachedPdfCleaner.clean(document, bytes);
        } catch (InvalidPasswordException e) {
            throw new InvalidInputException("document.passwordProtected", "file");
        } catch (IOException e) {
            throw new InvalidInputException("document.notPdf", "file");
        }
    }

    /** The name the file is served under: its last path segment, printable, ending in .pdf. */
    public static String safeFileName(String submitted) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>:*?|]", "").strip();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            name = name.substring(0, name.length() - 4);
        }
        if (name.isBlank() || name.matches("\\.+")) {
            name = "document";
        }
        if (name.length() > FILE_NAME_MAX - 4) {
            name = name.substring(0, FILE_NAME_MAX - 4);
        }
        return name + ".pdf";
    }
}
