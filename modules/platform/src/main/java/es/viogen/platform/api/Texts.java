package es.viogen.platform.api;

import java.util.Locale;

/** Resolves a text from the modules' bundles in the current user's locale (Spanish by default). */
public interface Texts {

    String get(String key, Object... args);

    String get(Locale locale, String key, Object... args);

    Locale locale();
}
