package es.viogen.platform.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A date (or instant) a person can mean for this field: not before {@link #notBefore()} (and, with
 * {@link #maxYearsBack()}, not more than that many years ago) and not more than {@link #maxYearsAhead()} years after
 * today (0: not in the future; instants get {@link #CLOCK_TOLERANCE} for clocks that differ). "Today" is the day in
 * Spain (Europe/Madrid). {@code null} is valid (add {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = {PlausibleDate.ForLocalDate.class, PlausibleDate.ForInstant.class,
        PlausibleDate.ForOffsetDateTime.class})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    String message() default "{viogen.validation.plausibleDate}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The earliest accepted day, ISO (e.g. 2007-01-01, when the VioGén system started). */
    String notBefore() default "1900-01-01";

    /** Years after today still accepted; 0: not after today (instants: now plus the clock tolerance). */
    int maxYearsAhead() default 0;

    /** Years before today still accepted; negative: no such bound (only {@link #notBefore()}). */
    int maxYearsBack() default -1;

    /** The day the VioGén system started (a complaint, an incident or an order cannot predate it). */
    String VIOGEN_START = "2007-01-01";

    Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    ZoneId SPAIN = ZoneId.of("Europe/Madrid");

    /** The bounds of a {@code PlausibleDate} on a given day. */
    final class Range {
        private Range() {
        }

        /** The earliest day accepted today for these bounds. */
        public static LocalDate earliest(PlausibleDate a, LocalDate today) {
            LocalDate floor = LocalDate.parse(a.notBefore());
            if (a.maxYearsBack() >= 0) {
                LocalDate back = today.minusYears(a.maxYearsBack());
                return back.isAfter(floor) ? back : floor;
            }
            return floor;
        }

        /** The latest day accepted today for these bounds. */
        public static LocalDate latest(PlausibleDate a, LocalDate today) {
            return today.plusYears(a.maxYearsAhead());
        }
    }

    class ForLocalDate implements ConstraintValidator<PlausibleDate, LocalDate> {
        private PlausibleDate a;

        @Override
        public void initialize(PlausibleDate a) {
            this.a = a;
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            LocalDate today = LocalDate.now(SPAIN);
            return !value.isBefore(Range.earliest(a, today)) && !value.isAfter(Range.latest(a, today));
        }
    }

    class ForInstant implements ConstraintValidator<PlausibleDate, Instant> {
        private PlausibleDate a;

        @Override
        public void initialize(PlausibleDate a) {
            this.a = a;
        }

        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Instant now = Instant.now();
            LocalDate today = LocalDate.ofInstant(now, SPAIN);
            Instant earliest = Range.earliest(a, today).atStartOfDay(SPAIN).toInstant();
            Instant latest = now.atZone(SPAIN).plusYears(a.maxYearsAhead()).toInstant().plus(CLOCK_TOLERANCE);
            return !value.isBefore(earliest) && !value.isAfter(latest);
        }
    }

    class ForOffsetDateTime implements ConstraintValidator<PlausibleDate, OffsetDateTime> {
        private final ForInstant instant = new ForInstant();

        @Override
        public void initialize(PlausibleDate a) {
            instant.initialize(a);
        }

        @Override
        public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
            return value == null || instant.isValid(value.toInstant(), context);
        }
    }
}
