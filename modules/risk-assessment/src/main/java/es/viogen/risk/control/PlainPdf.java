package es.viogen.risk.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal PDF 1.4 writer for text reports: A4 pages, Helvetica (regular, bold, oblique) in WinAnsi encoding (all
 * Spanish letters), word-wrapped lines and automatic page breaks. Written because openpdf 2.x needs Java 21 and the
 * platform runs on Java 17; a report for the court needs nothing more than text.
 */
public final class PlainPdf {

    public enum Style { REGULAR, BOLD, ITALIC }

    private static final Charset WIN_ANSI = Charset.forName("windows-1252");
    private static final float WIDTH = 595;
    private static final float HEIGHT = 842;
    private static final float MARGIN = 50;

    private final List<StringBuilder> pages = new ArrayList<>();
    private StringBuilder page;
    private float y;

    public PlainPdf() {
        newPage();
    }

    private void newPage() {
        page = new StringBuilder();
        pages.add(page);
        y = HEIGHT - MARGIN;
    }

    /** Adds a paragraph, wrapped to the page width. */
    public PlainPdf text(String text, Style style, float size) {
        float lineHeight = size * 1.35f;
        int maxChars = (int) ((WIDTH - 2 * MARGIN) / (size * (style == Style.BOLD ? 0.56f : 0.5f)));
        for (String line : wrap(text == null ? "" : text, maxChars)) {
            if (y - lineHeight < MARGIN) {
                newPage();
            }
            y -= lineHeight;
            page.append("BT /").append(font(style)).append(' ').append(size).append(" Tf ")
                    .append(MARGIN).append(' ').append(y).append(" Td (").append(escape(line)).append(") Tj ET\n");
        }
        return this;
    }

    public PlainPdf space(float points) {
        y -= points;
        return this;
    }

    private static String font(Style s) {
        return switch (s) {
            case REGULAR -> "F1";
            case BOLD -> "F2";
            case ITALIC -> "F3";
        };
    }

    static List<String> wrap(String text, int maxChars) {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > maxChars) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (word.length() > maxChars) {
                    lines.add(word.substring(0, maxChars));
                    word = word.substring(maxChars);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Characters outside WinAnsi become '?'; backslash and parentheses are escaped. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.replace('→', '>').toCharArray()) {
            if (c == '\\' || c == '(' || c == ')') {
                b.append('\\');
            }
            b.append(WIN_ANSI.newEncoder().canEncode(c) ? c : '?');
        }
        return b.toString();
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n", StandardCharsets.ISO_8859_1);
        int n = pages.size();
        // 1 catalog, 2 pages, 3-5 fonts, then (page, content) per page
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < n; i++) {
            kids.append(6 + 2 * i).append(" 0 R ");
        }
        List<byte[]> objects = new ArrayList<>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [" + kids + "] /Count " + n + " >>"));
        objects.add(ascii(fontObject("Helvetica")));
        objects.add(ascii(fontObject("Helvetica-Bold")));
        objects.add(ascii(fontObject("Helvetica-Oblique")));
        for (int i = 0; i < n; i++) {
            objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + (int) WIDTH + " " + (int) HEIGHT
                    + "] /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents " + (7 + 2 * i) + " 0 R >>"));
            byte[] content = pages.get(i).toString().getBytes(WIN_ANSI);
            ByteArrayOutputStream s = new ByteArrayOutputStream();
            write(s, "<< /Length " + content.length + " >>\nstream\n", StandardCharsets.US_ASCII);
            s.writeBytes(content);
            write(s, "endstream", StandardCharsets.US_ASCII);
            objects.add(s.toByteArray());
        }
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n", StandardCharsets.US_ASCII);
            out.writeBytes(objects.get(i));
            write(out, "\nendobj\n", StandardCharsets.US_ASCII);
        }
        int xref = out.size();
        StringBuilder x = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int off : offsets) {
            x.append(String.format("%010d 00000 n \n", off));
        }
        x.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, x.toString(), StandardCharsets.US_ASCII);
        return out.toByteArray();
    }

    private static String fontObject(String base) {
        return "<< /Type /Font /Subtype /Type1 /BaseFont /" + base + " /Encoding /WinAnsiEncoding >>";
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static void write(ByteArrayOutputStream out, String s, Charset cs) {
        out.writeBytes(s.getBytes(cs));
    }
}
