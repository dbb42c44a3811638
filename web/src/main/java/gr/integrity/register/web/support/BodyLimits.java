package gr.integrity.register.web.support;

import java.util.List;
import java.util.Locale;

/**
 * How large a body a request may send: an upload's size on the pages that take files, a form's everywhere else. One
 * rule for the two places that hold a request to it: {@link BodyLimit}, on the server's I/O thread, caps what is
 * read, announced or not (a chunked body has no length to refuse it by), before anything, the sign-in mechanism
 * included, reads a byte; {@link ClientErrorFilter} refuses a request that announces more before it is read.
 */
public final class BodyLimits {

    /** Uploads (import files) up to 30 MB of file, with a little room for the rest of the form. */
    static final long MAX_UPLOAD_BYTES = 31L * 1024 * 1024;
    /** Any other body: the largest form (a declaration being filed) is far below this. */
    static final long MAX_FORM_BYTES = 4L * 1024 * 1024;
    /** The pages that take files: imports (ADMIN), a meeting declaration's documents (OFFICIAL),
     * a report's evidence, an institution's list (LIAISON). */
    private static final List<String> UPLOAD_PAGES = List.of("/admin/imports/", "/official/declarations/",
            "/report.xhtml", "/liaison/");

    private BodyLimits() {
    }

    /** The most a request to that path (within the application), with that content type, may send. */
    static long of(String path, String contentType) {
        return isUpload(path, contentType) ? MAX_UPLOAD_BYTES : MAX_FORM_BYTES;
    }

    /** Whether the request sends files to a page that takes them. */
    static boolean isUpload(String path, String contentType) {
        boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        return multipart && UPLOAD_PAGES.stream().anyMatch(path::startsWith);
    }
}
