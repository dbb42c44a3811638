package gr.integrity.register.bench;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceilings the scenarios are compared with, measured in the same run on the same machine: C2, primary-key
 * selects over plain JDBC against the register's database, and C3, bare PDFBox writing a declaration PDF's text in
 * the same embedded (subset) font, without the register around it.
 */
final class Ceilings {

    private Ceilings() {
    }

    interface Connections {
        Connection open() throws SQLException;
    }

    /** C2: {@code threads} connections selecting random officials by id for {@code seconds}. */
    static Map<String, Object> primaryKeySelects(Connections db, int threads, int seconds) throws Exception {
        long low;
        long high;
        try (Connection c = db.open(); var s = c.createStatement(); var r = s.executeQuery(
                "SELECT MIN(id), MAX(id) FROM person")) {
            r.next();
            low = r.getLong(1);
            high = r.getLong(2);
        }
        AtomicLong selects = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                try (Connection c = db.open(); PreparedStatement select = c.prepareStatement(
                        "SELECT id, given_name, family_name, birth_date FROM person WHERE id = ?")) {
                    while (System.nanoTime() < end) {
                        select.setLong(1, ThreadLocalRandom.current().nextLong(low, high + 1));
                        try (ResultSet row = select.executeQuery()) {
                            row.next();
                        }
                        selects.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("threads", threads);
        result.put("selects_per_second", Results.round(selects.get() / elapsed));
        return result;
    }

    /**
     * C3: the text of the register's own PDF (as PDFBox reads it back) laid out again on A4 pages in Liberation
     * Sans, embedded as a subset, by bare PDFBox: one thread for the time a PDF takes, {@code threads} for PDFs/s.
     */
    static Map<String, Object> barePdf(byte[] registersPdf, int threads, int seconds) throws Exception {
        List<String> lines;
        int pages;
        try (PDDocument document = Loader.loadPDF(registersPdf)) {
            pages = document.getNumberOfPages();
            lines = new PDFTextStripper().getText(document).lines().toList();
        }
        byte[] font;
        try (InputStream in = Ceilings.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            font = in.readAllBytes();
        }
        for (int i = 0; i < 20; i++) {
            render(lines, font); // warm up
        }
        long single = 0;
        int singleRuns = 0;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(2, seconds / 3));
        while (System.nanoTime() < until) {
            long started = System.nanoTime();
            render(lines, font);
            single += System.nanoTime() - started;
            singleRuns++;
        }
        AtomicLong rendered = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    render(lines, font);
                    rendered.incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("pages_of_the_registers_pdf", pages);
        result.put("lines", lines.size());
        result.put("ms_per_pdf_one_thread", Results.round(single / 1e6 / singleRuns));
        result.put("threads", threads);
        result.put("pdfs_per_second", Results.round(rendered.get() / elapsed));
        return result;
    }

    private static byte[] render(List<String> lines, byte[] fontBytes) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = PDType0Font.load(document, new ByteArrayInputStream(fontBytes), true);
            PDPageContentStream stream = null;
            float y = 0;
            for (String line : lines) {
                if (stream == null || y < 60) {
                    if (stream != null) {
                        stream.endText();
                        stream.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    stream = new PDPageContentStream(document, page);
                    stream.beginText();
                    stream.setFont(font, 9);
                    y = PDRectangle.A4.getHeight() - 60;
                    stream.newLineAtOffset(50, y);
                }
                stream.showText(printable(line, font));
                stream.newLineAtOffset(0, -12);
                y -= 12;
            }
            if (stream != null) {
                stream.endText();
                stream.close();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The line without characters the font has no glyph for (the stripper's own separators). */
    private static String printable(String line, PDFont font) {
        StringBuilder kept = new StringBuilder();
        line.codePoints().forEach(c -> {
            try {
                if (!Character.isISOControl(c)) {
                    font.encode(new String(Character.toChars(c)));
                    kept.appendCodePoint(c);
                }
            } catch (IOException | IllegalArgumentException e) {
                // left out, as a reader would see a blank
            }
        });
        return kept.toString();
    }
}
