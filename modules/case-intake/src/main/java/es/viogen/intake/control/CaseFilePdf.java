package es.viogen.intake.control;

import es.viogen.intake.entity.Complaint;
import es.viogen.intake.entity.Identity;
import es.viogen.intake.entity.Incident;
import es.viogen.intake.entity.Minor;
import es.viogen.platform.api.GlanceItem;
import es.viogen.platform.api.PdfReport;
import es.viogen.platform.api.PdfReport.Style;
import es.viogen.platform.api.TimelineEntry;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The printable case file for the unit: what the case page shows to the same reader (a protected address only to the
 * responsible unit), its head (level, deadlines, measures) and its timeline, with the date it was printed and by whom.
 */
public final class CaseFilePdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Madrid"));

    private CaseFilePdf() {
    }

    public static byte[] of(CaseDetail d, List<GlanceItem> glance, List<TimelineEntry> timeline, String printedBy,
                            BiFunction<String, Object[], String> t) {
        String number = d.getCase().getCaseNumber();
        PdfReport pdf = new PdfReport(t.apply("intake.file.title", new Object[] {number}));
        pdf.text(t.apply("intake.file.title", new Object[] {number}), Style.BOLD, 16);
        pdf.text(t.apply("intake.file.printed", new Object[] {WHEN.format(Instant.now()), printedBy}), Style.ITALIC, 9)
                .space(6);
        line(pdf, t, "intake.case.status", t.apply("intake.caseStatus." + d.getCase().getStatus(), new Object[0]));
        line(pdf, t, "intake.case.unit", d.getUnitName());
        line(pdf, t, "intake.case.municipality", d.getCase().getMunicipalityCode() + " " + nz(d.getMunicipalityName()));
        line(pdf, t, "intake.case.openedAt", when(d.getCase().getOpenedAt()));
        for (GlanceItem g : glance) {
            if (!g.action()) {
                pdf.text(g.label() + ": " + g.text(), g.warning() ? Style.BOLD : Style.REGULAR, 10);
            }
        }
        heading(pdf, t, "intake.case.victim");
        person(pdf, t, d.getVictim() == null ? null : d.getVictim().getIdentity());
        if (d.getVisibleAddress() != null) {
            line(pdf, t, "intake.field.victim.address", d.getVisibleAddress());
        } else if (d.getVictim() != null && d.getVictim().isAddressProtected()) {
            line(pdf, t, "intake.field.victim.address", t.apply("intake.address.protected.hidden", new Object[0]));
        }
        heading(pdf, t, "intake.case.aggressor");
        person(pdf, t, d.getAggressor() == null ? null : d.getAggressor().getIdentity());
        heading(pdf, t, "intake.step.minors");
        if (d.getMinors().isEmpty()) {
            pdf.text(t.apply("intake.minors.none", new Object[0]), Style.REGULAR, 10);
        }
        for (Minor m : d.getMinors()) {
            pdf.text("• " + m.getFirstName() + ", " + t.apply("intake.file.age", new Object[] {m.getAge()}), Style.REGULAR, 10);
        }
        heading(pdf, t, "intake.complaints.title");
        for (Complaint c : d.getComplaints()) {
            pdf.text("• " + when(c.getFiledAt()) + " · " + c.getAtestadoNumber() + " · "
                    + t.apply("intake.channel." + c.getChannel(), new Object[0]), Style.REGULAR, 10);
        }
        heading(pdf, t, "intake.incidents.title");
        if (d.getIncidents().isEmpty()) {
            pdf.text(t.apply("intake.incidents.none", new Object[0]), Style.REGULAR, 10);
        }
        for (Incident i : d.getIncidents()) {
            pdf.text("• " + when(i.getOccurredAt()) + " · " + t.apply("intake.incidentType." + i.getType(), new Object[0])
                    + " · " + nz(i.getDescription()), Style.REGULAR, 10);
        }
        heading(pdf, t, "intake.file.timeline");
        for (TimelineEntry e : timeline) {
            pdf.text("• " + when(e.at()) + " · " + t.apply(e.textKey(), e.args() == null ? new Object[0]
                    : e.args().toArray()), Style.REGULAR, 9);
        }
        return pdf.toBytes();
    }

    private static void heading(PdfReport pdf, BiFunction<String, Object[], String> t, String key) {
        pdf.space(8).text(t.apply(key, new Object[0]), Style.BOLD, 12).space(2);
    }

    private static void person(PdfReport pdf, BiFunction<String, Object[], String> t, Identity p) {
        if (p == null) {
            return;
        }
        line(pdf, t, "intake.duplicates.name", p.getFullName());
        line(pdf, t, "intake.field.identity.documentNumber", t.apply("intake.documentType." + p.getDocumentType(),
                new Object[0]) + " " + nz(p.getDocumentNumber()));
    }

    private static void line(PdfReport pdf, BiFunction<String, Object[], String> t, String key, String value) {
        pdf.text(t.apply(key, new Object[0]) + ": " + nz(value), Style.REGULAR, 10);
    }

    private static String when(Instant at) {
        return at == null ? "—" : WHEN.format(at);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
