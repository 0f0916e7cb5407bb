package es.viogen.platform.ui;

import es.viogen.platform.api.Texts;
import es.viogen.platform.boundary.LoginAttempts;
import es.viogen.platform.control.ReturnPath;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.IOException;

/** The login form. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginAttempts attempts;

    @Inject
    Texts texts;

    @NotBlank
    @Size(max = 80)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    /** The page asked for before the login (see {@link ReturnPath}); anything else is ignored. */
    private String next;

    public void login() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) ec.getRequest(), (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        switch (status) {
            case SUCCESS -> ec.redirect(ec.getRequestContextPath()
                    + ReturnPath.valid(next).orElse("/home.xhtml"));
            case SEND_CONTINUE -> fc.responseComplete();
            default -> {
                String key = attempts.isLocked(username) ? "login.locked" : "login.failed";
                fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get(key), null));
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = ReturnPath.valid(next).orElse(null);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
