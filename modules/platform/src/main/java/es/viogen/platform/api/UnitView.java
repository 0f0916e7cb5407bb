package es.viogen.platform.api;

import java.io.Serializable;

/** A unit as other modules see it. */
public record UnitView(long id, String code, String name, UnitKind kind, Territory territory, boolean active) implements Serializable {
}
