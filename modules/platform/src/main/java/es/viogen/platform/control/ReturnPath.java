package es.viogen.platform.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a person goes back to after logging in: the page she asked for (its path inside the application and its query),
 * never another site, never an interface or a resource. A value that is not plainly such a page is dropped, so the
 * login page cannot be turned into an open redirect.
 */
public final class ReturnPath {

    /** Request parameter of the login page carrying the page to return to. */
    public static final String PARAMETER = "next";

    private static final int MAX_LENGTH = 600;
    /** A page path ending in .xhtml, then an optional query of ordinary characters (no fragment, no backslash). */
    private static final Pattern PAGE = Pattern.compile("/[A-Za-z0-9/_.-]*\\.xhtml(\\?[A-Za-z0-9._~%=&+-]*)?");

    private ReturnPath() {
    }

    /**
     * The path of a page request worth returning to (GET only; with its query), or empty.
     *
     * @param path the request path inside the application (without the context path)
     * @param query the raw query string, or null
     */
    public static Optional<String> of(String path, String query) {
        String candidate = query == null || query.isEmpty() ? path : path + "?" + query;
        return valid(candidate);
    }

    /** The given value if it is a safe page to return to; the login and error pages are not. */
    public static Optional<String> valid(String value) {
        if (value == null || value.length() > MAX_LENGTH || !PAGE.matcher(value).matches()
                || value.startsWith("//") || value.contains("..") || value.startsWith("/login.xhtml")
                || value.startsWith("/error.xhtml") || value.startsWith("/templates/")) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** The login page's address carrying the page to return to (relative to the context path). */
    public static String loginFor(String returnPath, String extraQuery) {
        StringBuilder login = new StringBuilder("/login.xhtml");
        if (extraQuery != null && !extraQuery.isEmpty()) {
            login.append('?').append(extraQuery);
        }
        valid(returnPath).ifPresent(p -> login.append(login.indexOf("?") < 0 ? '?' : '&').append(PARAMETER)
                .append('=').append(URLEncoder.encode(p, StandardCharsets.UTF_8)));
        return login.toString();
    }
}
