package es.viogen.platform.api;

/** The actor of the current request (or {@link Actor#SYSTEM} outside one). */
public interface CurrentActor {

    Actor get();

    boolean isAuthenticated();
}
