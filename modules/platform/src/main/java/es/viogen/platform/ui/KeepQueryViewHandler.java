package es.viogen.platform.ui;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import es.viogen.platform.control.ReturnPath;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Keeps a page's query (its view parameters: {@code ?id=…}, {@code ?case=…}) in the address its forms post back to,
 * so that a post-back, the language switch and a login after an expired session all return to the same record. Without
 * it a form posts to the bare page and whatever reads the parameter afterwards finds nothing.
 *
 * <p>Only the current page's own forms are affected, and the login page keeps only the page to return to (its
 * "logged out"/"session expired" notices must not come back after a failed attempt).
 */
public class KeepQueryViewHandler extends ViewHandlerWrapper {

    public KeepQueryViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        if (context.getViewRoot() == null || !viewId.equals(context.getViewRoot().getViewId())
                || !(context.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
            return url;
        }
        String query = request.getQueryString();
        if ("/login.xhtml".equals(viewId)) {
            String next = request.getParameter(ReturnPath.PARAMETER);
            query = ReturnPath.valid(next).map(n -> ReturnPath.loginFor(n, null).substring("/login.xhtml?".length()))
                    .orElse(null);
        }
        if (query == null || query.isEmpty() || url.contains("?")) {
            return url;
        }
        return url + "?" + query;
    }
}
