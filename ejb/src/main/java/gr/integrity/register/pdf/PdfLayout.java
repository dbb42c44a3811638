package gr.integrity.register.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small flowing layout on A4 pages: headings, wrapped paragraphs and label–value rows, starting a new page when
 * the current one is full. Headers and footers are drawn at the end, once the page count is known.
 */
final class PdfLayout implements AutoCloseable {

    static final float MARGIN = 50;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN - 24;
    private static final float BOTTOM = MARGIN + 30;

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final java.util.Map<Integer, Boolean> glyphs = new java.util.HashMap<>();
    private PDPageContentStream stream;
    private float y;

    PdfLayout(PDDocument document, PDFont regular, PDFont bold) throws IOException {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        newPage();
    }

    void heading(String text, float size) throws IOException {
        space(size * 0.8f);
        ensure(size * 2.6f);
        for (String line : wrap(text, bold, size, WIDTH)) {
            write(line, bold, size, MARGIN);
            y -= size * 1.35f;
        }
        y -= size * 0.3f;
    }

    void paragraph(String text, float size) throws IOException {
        for (String line : wrap(text, regular, size, WIDTH)) {
            ensure(size * 1.4f);
            write(line, regular, size, MARGIN);
            y -= size * 1.4f;
        }
    }

    /** A label in the left column and a wrapped value in the right one; the pair is kept on one page if it fits. */
    void row(String label, String value, float size, float labelWidth) throws IOException {
        List<String> labels = wrap(label, bold, size, labelWidth - 8);
        List<String> values = wrap(value == null || value.isEmpty() ? "—" : value, regular, size, WIDTH - labelWidth);
        int lines = Math.max(labels.size(), values.size());
        if (lines * size * 1.4f < TOP - BOTTOM) {
            ensure(lines * size * 1.4f);
        }
        for (int i = 0; i < lines; i++) {
            ensure(size * 1.4f);
            if (i < labels.size()) {
                write(labels.get(i), bold, size, MARGIN);
            }
            if (i < values.size()) {
                write(values.get(i), regular, size, MARGIN + labelWidth);
            }
            y -= size * 1.4f;
        }
        y -= size * 0.25f;
    }

    void rule() throws IOException {
        ensure(8);
        stream.setLineWidth(0.5f);
        stream.moveTo(MARGIN, y + 4);
        stream.lineTo(MARGIN + WIDTH, y + 4);
        stream.stroke();
        y -= 8;
    }

    void space(float points) {
        y -= points;
    }

    /** Draws the running header and the "page n of m" footer on every page. */
    void decorate(String header, String footer) throws IOException {
        close();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream s = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                s.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                text(s, truncate(header, regular, 8, WIDTH), regular, 8, MARGIN, PDRectangle.A4.getHeight() - MARGIN + 6);
                String pageText = footer + "   " + (i + 1) + " / " + count;
                text(s, truncate(pageText, regular, 8, WIDTH), regular, 8, MARGIN, MARGIN - 12);
            }
        }
    }

    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
    }

    private void write(String text, PDFont font, float size, float x) throws IOException {
        text(stream, text, font, size, x, y);
    }

    private static void text(PDPageContentStream s, String text, PDFont font, float size, float x, float y) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    /** Lines of at most {@code width} points; words longer than a line are cut. Line breaks in the text are kept. */
    List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : drawable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > width) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private String truncate(String text, PDFont font, float size, float width) throws IOException {
        String t = drawable(text).replace('\n', ' ');
        while (t.length() > 1 && width(t, font, size) > width) {
            t = t.substring(0, t.length() - 2) + "…";
        }
        return t;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /**
     * What the fonts can draw: tabs become spaces; control characters and characters without a glyph (an emoji,
     * say) become '?', where PDFBox would otherwise refuse the whole document.
     */
    String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\t', ' ').codePoints().forEach(cp -> {
            if (cp == '\n' || cp >= 0x20 && cp != 0x7f && glyphs.computeIfAbsent(cp, this::hasGlyph)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            String c = new String(Character.toChars(codePoint));
            regular.encode(c);
            bold.encode(c);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
