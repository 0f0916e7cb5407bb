package es.viogen.risk.control;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import es.viogen.platform.api.PdfReport;
import es.viogen.platform.api.RiskLevel;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

class RiskReportPdfTest {

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void theCourtReportIsAReadablePdfWithTheLevelFlagsAndExplanation() throws Exception {
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
        assertTrue(new String(pdf, 0, 8, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        String text = text(pdf);
        assertTrue(text.contains("Informe de valoración policial del riesgo"), text);
        assertTrue(text.contains("Nivel de riesgo: EXTREMO"), "final level");
        assertTrue(text.contains("Nivel calculado: alto"), "computed level kept apart");
        assertTrue(text.contains("Intento de estrangulamiento"), text);
        assertTrue(text.contains("amenazas (graves) por teléfono"), "the reason as written");
        assertTrue(text.contains("→"), "symbols outside Latin-1 print (embedded Unicode font)");
        assertTrue(text.contains("ILUSTRATIVOS"), "the illustrative-weights notice");
    }

    @Test
    void longTextsWrapAndFlowOntoNewPages() throws Exception {
        PdfReport pdf = new PdfReport("prueba");
        for (int i = 0; i < 120; i++) {
            pdf.text("Línea " + i + " " + "palabra ".repeat(30), PdfReport.Style.REGULAR, 10);
        }
        PdfReader reader = new PdfReader(pdf.toBytes());
        try {
            assertTrue(reader.getNumberOfPages() > 3, "pages: " + reader.getNumberOfPages());
            assertTrue(new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages()).contains("Línea 119"));
        } finally {
            reader.close();
        }
    }
}
