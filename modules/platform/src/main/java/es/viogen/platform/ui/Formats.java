package es.viogen.platform.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates, times and numbers as people in Spain read them (Europe/Madrid; Spanish digit grouping and decimal comma on
 * Spanish pages): {@code #{fmt.dateTime(x)}}, {@code #{fmt.date(d)}}, {@code #{fmt.number(n)}}, {@code #{fmt.percent(p)}}.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(MADRID);
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(MADRID);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    public String dateTimeSeconds(Instant at) {
        return at == null ? "" : DATE_TIME_SECONDS.format(at);
    }

    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(MADRID));
    }

    /** A count in the page's language: «12.345» in Spanish, «12,345» in English. */
    public String number(long n) {
        return java.text.NumberFormat.getIntegerInstance(locale()).format(n);
    }

    /** A percentage with one decimal in the page's language: «87,3 %» in Spanish, «87.3%» in English. */
    public String percent(double value) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        String n = f.format(value);
        return "es".equals(locale().getLanguage()) ? n + "\u00a0%" : n + "%";
    }

    private static java.util.Locale locale() {
        jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
        return fc != null && fc.getViewRoot() != null ? fc.getViewRoot().getLocale() : java.util.Locale.forLanguageTag("es");
    }
}
