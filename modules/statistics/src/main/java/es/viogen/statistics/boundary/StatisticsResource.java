package es.viogen.statistics.boundary;

import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.Role;
import es.viogen.statistics.control.Figure;
import es.viogen.statistics.control.MonthFigures;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The monthly statistics for the ministry's partner (scope {@code statistics:read}): the months that have a snapshot,
 * and a month's figures for the nation, a region or a province of the partner's territory, with the previous month's.
 * What leaves the system is protected: a count of 1 to 4 is answered as {@code value: null, suppressed: true}.
 */
@Path("statistics/monthly")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Estadística", description = "Estadística mensual oficial del Sistema VioGén (instantáneas de fin de mes)")
@RolesAllowed({Role.PARTNER_NAME})
@RequiresScope("statistics:read")
public class StatisticsResource {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

    @Inject
    MonthlySnapshots snapshots;

    /** The months with a snapshot, newest first. */
    public record SnapshotMonths(List<String> months) {
    }

    /** One figure: a count, or null when it is 1 to 4 (suppressed); the previous month's the same way. */
    public record StatisticFigure(String metric, String dimension, Long value, boolean suppressed, Long previousValue,
                                  boolean previousSuppressed) {
    }

    /** A month's figures for an area (both codes absent: national). */
    public record MonthlyStatistics(String month, String regionCode, String provinceCode, Instant builtAt,
                                    String previousMonth, List<StatisticFigure> figures) {
    }

    @GET
    @Operation(summary = "Meses con estadística", description = "Los meses que tienen instantánea de fin de mes, del más reciente al más antiguo.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "Meses", content = @Content(mediaType = "application/json"))
    @APIResponse(responseCode = "401", description = "Sin token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Sin el ámbito statistics:read", content = @Content(mediaType = "application/problem+json"))
    public SnapshotMonths months() {
        return new SnapshotMonths(snapshots.months().stream().map(YearMonth::toString).toList());
    }

    @GET
    @Path("{month}")
    @Operation(summary = "Estadística de un mes",
            description = "La instantánea de fin de mes (yyyy-MM) nacional, de una comunidad (region=07) o de una provincia "
                    + "(region=07&province=47), con el mes anterior para comparar. Los recuentos de 1 a 4 no se dan "
                    + "(value null, suppressed true). Cifras: casos activos por nivel de riesgo, de especial relevancia, con "
                    + "menores en riesgo y en situación de vulnerabilidad; casos nuevos, inactivaciones y reactivaciones del "
                    + "mes; víctimas por edad y nacionalidad; valoraciones hechas y vencidas; integración de policías locales.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "Estadística del mes", content = @Content(mediaType = "application/json"))
    @APIResponse(responseCode = "400", description = "Mes, comunidad o provincia mal escritos", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Sin token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Sin el ámbito statistics:read o fuera de su territorio",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "El mes no tiene instantánea", content = @Content(mediaType = "application/problem+json"))
    public MonthlyStatistics month(@PathParam("month") String month, @QueryParam("region") String region,
                                   @QueryParam("province") String province) {
        YearMonth m = parse(month);
        String r = code("region", region);
        String p = code("province", province);
        if (p != null && r == null) {
            throw new InvalidInput("region", "statistics.regionWithProvince");
        }
        MonthFigures now = snapshots.read(m, r, p, "statistics REST").orElseThrow(() -> new RecordNotFound("MonthlyStatistics", m.toString()));
        MonthFigures before = snapshots.figures(m.minusMonths(1), r, p).orElse(null);
        List<StatisticFigure> figures = new ArrayList<>();
        for (Figure f : Figure.ALL) {
            long v = now.value(f);
            Long b = before == null ? null : before.value(f);
            figures.add(new StatisticFigure(f.metric(), f.dimension(), Figure.suppressed(v) ? null : v, Figure.suppressed(v),
                    b == null || Figure.suppressed(b) ? null : b, b != null && Figure.suppressed(b)));
        }
        return new MonthlyStatistics(m.toString(), r, p, now.builtAt(), before == null ? null : m.minusMonths(1).toString(), figures);
    }

    static YearMonth parse(String month) {
        if (month == null || !MONTH.matcher(month).matches()) {
            throw new InvalidInput("month", "statistics.badMonth");
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("month", "statistics.badMonth");
        }
    }

    private static String code(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!TWO_DIGITS.matcher(value.trim()).matches()) {
            throw new InvalidInput(field, "statistics.badCode");
        }
        return value.trim();
    }
}
