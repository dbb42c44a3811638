package gr.integrity.register.declaration;

import gr.integrity.register.platform.Hashing;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * What a filer uploads is published, so it is rewritten before it is stored: a document received at a meeting is
 * for reading, and everything in a PDF that reads the reader, runs or hides something goes.
 * <ul>
 *     <li>metadata: the document information (author, creator, producer, dates) and every XMP stream, which carry
 *     the names of the people and machines a file passed through;</li>
 *     <li>embedded files and file attachments, which can carry anything, private or executable;</li>
 *     <li>actions that do more than move within the document or open a web address: JavaScript, Launch,
 *     SubmitForm, ImportData, remote go-tos, renditions, the document's open action and every additional
 *     action (those run by themselves, on opening, closing, printing, or on a page being shown);</li>
 *     <li>XFA forms (they hold scripts), and the earlier revisions kept by incremental saves (only what the last
 *     revision reaches is written again).</li>
 * </ul>
 * The text, images and links of the pages stay. The rewritten file is given an identifier made from the uploaded
 * bytes, so that the same upload is always the same stored file.
 */
final class AttachedPdfCleaner {

    /** Actions that stay: moving within the document, a named viewer step, a web or mail address. */
    private static final Set<String> KEPT_ACTIONS = Set.of("GoTo", "Named", "URI");
    /** Annotations that exist to carry or play something other than the page. */
    private static final Set<String> DROPPED_ANNOTATIONS = Set.of("FileAttachment", "Sound", "Movie", "Screen",
            "RichMedia", "3D");
    /** Keys whose value is removed wherever they appear. */
    private static final Set<COSName> DROPPED_KEYS = Set.of(COSName.METADATA, COSName.OPEN_ACTION, COSName.AA,
            COSName.JAVA_SCRIPT, COSName.JS, COSName.EMBEDDED_FILES, COSName.EF, COSName.getPDFName("XFA"),
            COSName.getPDFName("RichMediaContent"));

    private AttachedPdfCleaner() {
    }

    /** The document opened from the upload, written again without what this class removes. */
    static byte[] clean(PDDocument document, byte[] uploaded) throws IOException {
        document.setAllSecurityToBeRemoved(true);
        COSDictionary trailer = document.getDocument().getTrailer();
        trailer.removeItem(COSName.INFO);
        walk(document.getDocumentCatalog().getCOSObject());
        byte[] digest = HexFormat.of().parseHex(Hashing.sha256Hex(uploaded));
        byte[] id = java.util.Arrays.copyOf(digest, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        trailer.setItem(COSName.ID, ids);
        ByteArrayOutputStream out = new ByteArrayOutputStream(uploaded.length);
        document.save(out);
        return out.toByteArray();
    }

    /** Every dictionary the catalog reaches, once each, without recursion (a crafted file can nest deeply). */
    private static void walk(COSDictionary catalog) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(catalog);
        while (!pending.isEmpty()) {
            COSBase next = pending.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSDictionary dictionary) {
                clean(dictionary);
                dictionary.getValues().forEach(pending::push);
            } else if (next instanceof COSArray array) {
                array.forEach(pending::push);
            }
        }
    }

    private static void clean(COSDictionary dictionary) {
        DROPPED_KEYS.forEach(dictionary::removeItem);
        if (!keptAction(dictionary.getDictionaryObject(COSName.A))) {
            dictionary.removeItem(COSName.A);
        }
        if (dictionary.containsKey(COSName.S)) {
            // an action: what follows it is another action, which could be anything
            dictionary.removeItem(COSName.NEXT);
        }
        if (dictionary.getDictionaryObject(COSName.ANNOTS) instanceof COSArray annotations) {
            for (int i = annotations.size() - 1; i >= 0; i--) {
                if (annotations.getObject(i) instanceof COSDictionary annotation
                        && DROPPED_ANNOTATIONS.contains(annotation.getNameAsString(COSName.SUBTYPE))) {
                    annotations.remove(i);
                }
            }
        }
    }

    private static boolean keptAction(COSBase action) {
        if (!(action instanceof COSDictionary dictionary)) {
            return action == null;
        }
        String type = dictionary.getNameAsString(COSName.S);
        if (!KEPT_ACTIONS.contains(type)) {
            return false;
        }
        if ("URI".equals(type)) {
            String uri = dictionary.getString(COSName.URI);
            String lower = uri == null ? "" : uri.strip().toLowerCase(Locale.ROOT);
            return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
        }
        return true;
    }
}
