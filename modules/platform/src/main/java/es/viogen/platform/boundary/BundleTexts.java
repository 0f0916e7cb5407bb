package es.viogen.platform.boundary;

import es.viogen.platform.api.ModuleDescriptor;
import es.viogen.platform.api.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks a key up in every module's bundle (Spanish default, English second) and formats its arguments.
 * Also available to pages as {@code #{texts.get('key')}}.
 */
@ApplicationScoped
@Named("texts")
public class BundleTexts implements Texts {

    public static final Locale SPANISH = Locale.forLanguageTag("es");

    /** Session attribute with the language a person chose ("es" or "en"). */
    public static final String SESSION_LANGUAGE = "viogen.language";

    @Inject
    ApplicationModules modules;

    private volatile List<String> baseNames;

    @Override
    public String get(String key, Object... args) {
        return get(locale(), key, args);
    }

    @Override
    public String get(Locale locale, String key, Object... args) {
        if (key == null) {
            return "";
        }
        for (String base : baseNames()) {
            try {
                ResourceBundle b = ResourceBundle.getBundle(base, locale, Thread.currentThread().getContextClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (b.containsKey(key)) {
                    String pattern = b.getString(key);
                    return args == null || args.length == 0 ? pattern
                            : new MessageFormat(pattern, locale).format(resolved(locale, args));
                }
            } catch (MissingResourceException e) {
                // try the next module's bundle
            }
        }
        return locale.getLanguage().equals("es") ? "???" + key + "???" : get(SPANISH, key, args);
    }

    /** The arguments with every {@link es.viogen.platform.api.TextKey} replaced by its text in the locale. */
    private Object[] resolved(Locale locale, Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof es.viogen.platform.api.TextKey k) {
                out[i] = get(locale, k.key());
            }
        }
        return out;
    }

    @Override
    public Locale locale() {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc != null) {
            // the person's choice, kept in the session: valid even before the view's locale is applied
            Object chosen = fc.getExternalContext().getSessionMap().get(SESSION_LANGUAGE);
            if (chosen != null) {
                return "en".equals(chosen) ? Locale.ENGLISH : SPANISH;
            }
        }
        if (fc != null && fc.getViewRoot() != null && fc.getViewRoot().getLocale() != null) {
            return fc.getViewRoot().getLocale().getLanguage().equals("en") ? Locale.ENGLISH : SPANISH;
        }
        return SPANISH;
    }

    private List<String> baseNames() {
        List<String> b = baseNames;
        if (b == null) {
            b = modules.inDependencyOrder().stream().map(ModuleDescriptor::bundle).distinct().toList();
            baseNames = b;
        }
        return b;
    }
}
