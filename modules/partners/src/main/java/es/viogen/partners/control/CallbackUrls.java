package es.viogen.partners.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Callback URLs partners register for outbound events: absolute HTTPS with a host and no user info; plain HTTP is
 * accepted only in demo mode (local test receivers).
 */
public final class CallbackUrls {

    private CallbackUrls() {
    }

    public static boolean acceptable(String url, boolean allowPlainHttp) {
        if (url == null || url.length() > 500) {
            return false;
        }
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            boolean schemeOk = scheme.equals("https") || allowPlainHttp && scheme.equals("http");
            return schemeOk && u.getHost() != null && u.getUserInfo() == null && u.getFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
