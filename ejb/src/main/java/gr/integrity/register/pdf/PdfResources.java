package gr.integrity.register.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The font files and colour profile every PDF embeds, read once per server rather than once per document. */
final class PdfResources {

    static final byte[] REGULAR = read("/liberation/LiberationSans-Regular.ttf");
    static final byte[] BOLD = read("/liberation/LiberationSans-Bold.ttf");
    static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfResources() {
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
