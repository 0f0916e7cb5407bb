package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RiskReportPdfTest {

    @Test
    void theCourtReportIsAWellFormedPdfWithTheLevelFlagsAndExplanation() throws Exception {
        Instrument vpr = Instruments.vpr();
        Map<String, Answer> answers = Instruments.answers(vpr, "I36 I01", "I16");
        Decision d = ScoringEngine.assess(vpr, answers, new Judgement(true, RiskLevel.MEDIO, RiskLevel.EXTREMO,
                "amenazas (graves) por teléfono"));
        AssessmentView v = AssessmentViews.preview(vpr, d, true);
        Properties bundle = new Properties();
        try (var in = getClass().getResourceAsStream("/es/viogen/risk/messages_es.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        byte[] pdf = RiskReportPdf.write(v, (key, args) -> new MessageFormat(bundle.getProperty(key, key)).format(args));
        String text = new String(pdf, Charset.forName("windows-1252"));
        assertTrue(text.startsWith("%PDF-1.4"));
        assertTrue(text.contains("(Informe de valoración policial del riesgo)"));
        assertTrue(text.contains("Nivel de riesgo: EXTREMO"), "final level");
        assertTrue(text.contains("Nivel calculado: alto"), "computed level kept apart");
        assertTrue(text.contains("Intento de estrangulamiento > nivel") || text.contains("Intento de estrangulamiento"));
        assertTrue(text.contains("amenazas \\(graves\\) por teléfono"), "reason, parentheses escaped");
        assertTrue(text.contains("ILUSTRATIVOS"), "the illustrative-weights notice");
        int startxref = Integer.parseInt(text.substring(text.lastIndexOf("startxref") + 10, text.lastIndexOf("%%EOF")).trim());
        assertEquals("xref", text.substring(startxref, startxref + 4), "cross-reference offset is right");
        int obj3 = text.indexOf("3 0 obj");
        String xref = text.substring(startxref);
        assertTrue(xref.contains(String.format("%010d 00000 n", obj3)), "object offsets are right");
    }

    @Test
    void longTextsWrapAndFlowOntoNewPages() {
        PlainPdf pdf = new PlainPdf();
        for (int i = 0; i < 120; i++) {
            pdf.text("Línea " + i + " " + "palabra ".repeat(30), PlainPdf.Style.REGULAR, 10);
        }
        String text = new String(pdf.toBytes(), Charset.forName("windows-1252"));
        assertTrue(text.contains("/Count "));
        int count = Integer.parseInt(text.replaceAll("(?s).*?/Count (\\d+).*", "$1"));
        assertTrue(count > 3, "pages: " + count);
        assertEquals(java.util.List.of("uno", "dos", "tres", "cuat", "ro"), PlainPdf.wrap("uno dos tres cuatro", 4));
    }
}
