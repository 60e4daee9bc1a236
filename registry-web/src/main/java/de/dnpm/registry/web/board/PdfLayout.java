package de.dnpm.registry.web.board;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small flowing layout on A4 pages for the board report: paragraphs and table rows that wrap at word boundaries
 * and continue on a new page (with the page number in the footer). Text is drawn in embedded DejaVu Sans; a character
 * the font lacks is shown as "?" rather than failing the report (registry texts come in many scripts).
 */
final class PdfLayout implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final String FONTS = "/de/dnpm/registry/web/board/fonts/";

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final String footer;
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private PDPageContentStream content;
    private float y;
    private int pages;

    PdfLayout(PDDocument document, String footer) throws IOException {
        this.document = document;
        this.regular = font(document, "DejaVuSans.ttf");
        this.bold = font(document, "DejaVuSans-Bold.ttf");
        this.footer = footer;
        newPage();
    }

    private static PDType0Font font(PDDocument document, String name) throws IOException {
        try (InputStream in = PdfLayout.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IOException("font missing from the application: " + name);
            }
            return PDType0Font.load(document, in);
        }
    }

    void heading(String text, float size) throws IOException {
        space(size * 0.6f);
        paragraph(text, bold, size, 0, WIDTH);
        space(size * 0.3f);
    }

    void text(String text) throws IOException {
        paragraph(text, regular, 10, 0, WIDTH);
    }

    void label(String label, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        paragraph(label + ": " + value, regular, 10, 0, WIDTH);
    }

    void space(float points) throws IOException {
        y -= points;
        if (y < MARGIN + 20) {
            newPage();
        }
    }

    /** A table row: cells in columns of the given fractions of the width; the row grows to its tallest cell. */
    void row(List<String> cells, float[] fractions, boolean header) throws IOException {
        PDType0Font font = header ? bold : regular;
        float size = 8.5f;
        float leading = size * 1.3f;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> cellLines = wrap(clean(cells.get(i)), font, size, fractions[i] * WIDTH - 6);
            wrapped.add(cellLines);
            lines = Math.max(lines, cellLines.size());
        }
        float height = lines * leading + 4;
        if (y - height < MARGIN + 20) {
            newPage();
        }
        float x = MARGIN;
        for (int i = 0; i < wrapped.size(); i++) {
            float lineY = y - size;
            for (String line : wrapped.get(i)) {
                show(line, font, size, x + 3, lineY);
                lineY -= leading;
            }
            x += fractions[i] * WIDTH;
        }
        y -= height;
        content.setLineWidth(0.4f);
        content.moveTo(MARGIN, y + 1);
        content.lineTo(MARGIN + WIDTH, y + 1);
        content.stroke();
        y -= 2;
    }

    private void paragraph(String text, PDType0Font font, float size, float indent, float width) throws IOException {
        float leading = size * 1.35f;
        for (String line : wrap(clean(text), font, size, width - indent)) {
            if (y - leading < MARGIN + 20) {
                newPage();
            }
            show(line, font, size, MARGIN + indent, y - size);
            y -= leading;
        }
    }

    private void show(String line, PDType0Font font, float size, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(line);
        content.endText();
    }

    private List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
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
                // a word longer than the column (a URL, a long gene list) is cut
                while (width(word, font, size) > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /* Control characters out, tabs to spaces, characters without a glyph in DejaVu Sans to "?". */
    private String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder();
        text.replace("\r\n", "\n").replace('\t', ' ').codePoints().forEach(c -> {
            if (c == '\n') {
                clean.append('\n');
            } else if (!Character.isISOControl(c)) {
                clean.appendCodePoint(drawable.computeIfAbsent(c, this::hasGlyph) ? c : '?');
            }
        });
        return clean.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            regular.encode(new String(Character.toChars(codePoint)));
            bold.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages++;
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
        show(clean(footer + " · " + pages), regular, 7.5f, MARGIN, MARGIN - 15);
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
