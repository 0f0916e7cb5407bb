package es.viogen.platform.boundary;

import java.io.Serializable;
import java.util.Set;

/** What the HTTP session remembers of a logged-in person (no password, nothing else). */
public record SessionPrincipal(String name, Set<String> groups) implements Serializable {
}
