package es.viogen.platform.api;

/** A module's resource bundle base name, so server-side texts (errors, alerts, exports) can be resolved. */
public interface MessageBundle {

    String baseName();
}
