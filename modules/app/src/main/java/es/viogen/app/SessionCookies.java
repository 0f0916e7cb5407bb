package es.viogen.app;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is always HttpOnly and SameSite=Strict (web.xml); it is also Secure unless
 * {@code viogen.session.secure-cookie=false} (the demo run on plain http sets that).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent sce) {
        boolean secure = ConfigProvider.getConfig().getOptionalValue("viogen.session.secure-cookie", Boolean.class)
                .orElse(!"demo".equalsIgnoreCase(ConfigProvider.getConfig()
                        .getOptionalValue("viogen.mode", String.class).orElse("production")));
        sce.getServletContext().getSessionCookieConfig().setSecure(secure);
    }
}
