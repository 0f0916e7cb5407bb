package es.viogen.platform.api;

/** Demo or production; demo data and demo keys exist only in demo mode. */
public interface RuntimeMode {

    boolean isDemo();
}
