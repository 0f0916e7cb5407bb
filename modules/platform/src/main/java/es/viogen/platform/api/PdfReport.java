package es.viogen.platform.api;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * A printable report of paragraphs (court reports, case files, minutes), written by OpenPDF with DejaVu Sans embedded
 * (subset), so every character of a Spanish text and the symbols the reports use (→, •, «», —) print as they are.
 * A4, 50 pt margins; paragraphs wrap and flow onto new pages. The font files and their licence are in
 * {@code es/viogen/platform/fonts/}.
 */
public final class PdfReport {

    public enum Style { REGULAR, BOLD, ITALIC }

    private static final Map<Style, String> FONT_FILES = Map.of(Style.REGULAR, "DejaVuSans.ttf",
            Style.BOLD, "DejaVuSans-Bold.ttf", Style.ITALIC, "DejaVuSans-Oblique.ttf");
    private static final Map<Style, byte[]> FONT_BYTES = new EnumMap<>(Style.class);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    private final Map<Style, BaseFont> fonts = new EnumMap<>(Style.class);
    private float pendingSpace;

    public PdfReport(String title) {
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("VioGén");
        document.open();
    }

    /** Adds a paragraph in the given style and size (points). */
    public PdfReport text(String text, Style style, float size) {
        Paragraph p = new Paragraph(size * 1.35f, text == null ? "" : text, new Font(font(style), size));
        p.setSpacingBefore(pendingSpace);
        pendingSpace = 0;
        try {
            document.add(p);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the report", e);
        }
        return this;
    }

    /** Vertical space (points) before the next paragraph. */
    public PdfReport space(float points) {
        pendingSpace += points;
        return this;
    }

    public byte[] toBytes() {
        document.close();
        return out.toByteArray();
    }

    private BaseFont font(Style style) {
        return fonts.computeIfAbsent(style, s -> {
            try {
                return BaseFont.createFont(FONT_FILES.get(s), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        fontBytes(s), null);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("Could not load the report font " + FONT_FILES.get(s), e);
            }
        });
    }

    private static synchronized byte[] fontBytes(Style style) throws IOException {
        byte[] bytes = FONT_BYTES.get(style);
        if (bytes == null) {
            try (InputStream in = PdfReport.class.getResourceAsStream("/es/viogen/platform/fonts/" + FONT_FILES.get(style))) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("font missing: " + FONT_FILES.get(style)));
                }
                bytes = in.readAllBytes();
            }
            FONT_BYTES.put(style, bytes);
        }
        return bytes;
    }
}
