package es.viogen.platform.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times as people in Spain read them (Europe/Madrid): {@code #{fmt.dateTime(x)}}, {@code #{fmt.date(d)}}. */
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
}
