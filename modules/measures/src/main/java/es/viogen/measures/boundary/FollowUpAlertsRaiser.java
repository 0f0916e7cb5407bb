package es.viogen.measures.boundary;

import es.viogen.measures.control.AlertSink;
import es.viogen.measures.control.FollowUpAlert;
import es.viogen.measures.entity.FollowedCase;
import es.viogen.platform.api.AlertSeverity;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Raises event-driven alerts about a case and finds the regional coordination unit of a place. */
@ApplicationScoped
public class FollowUpAlertsRaiser {

    @Inject
    AlertSink sink;

    @Inject
    Units units;

    private volatile List<UnitView> unitCache = List.of();
    private volatile Instant unitCacheAt = Instant.EPOCH;

    public boolean raise(FollowedCase c, long unitId, FollowUpAlert.AlertType type, AlertSeverity severity,
                         List<String> args, String item) {
        return sink.raise(new FollowUpAlert(c.getCaseId(), unitId, type, severity, args,
                FollowUpAlert.key(type, item, "case:" + c.getCaseId(), unitId)));
    }

    /** The regional coordination unit whose territory contains the place (units cached for a minute). */
    public Optional<Long> regionalUnit(Territory place) {
        if (unitCacheAt.isBefore(Instant.now().minusSeconds(60))) {
            unitCache = units.all();
            unitCacheAt = Instant.now();
        }
        return Units.regionalCoordinationFor(place, unitCache).map(UnitView::id);
    }
}
