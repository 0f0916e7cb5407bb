package es.viogen.platform.ui;

import es.viogen.platform.control.ReturnPath;

import es.viogen.platform.api.DomainException;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.Texts;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;

import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pages never show a stack trace: domain refusals become messages next to the form (field errors on their field when
 * the page names the component {@code field-<name>}), an expired view goes back to the login, and anything
 * unexpected becomes a generic message with an incident id that the server log carries.
 */
public class ViogenExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ViogenExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(Handler.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext fc = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext(); ) {
                Throwable t = it.next().getContext().getException();
                it.remove();
                handleOne(fc, t);
            }
            getWrapped().handle();
        }

        private void handleOne(FacesContext fc, Throwable thrown) {
            Texts texts = CDI.current().select(Texts.class).get();
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    redirect(fc, ReturnPath.loginFor(expiredPage(fc), "expired=true"));
                    return;
                }
                if (t instanceof InvalidInput ii) {
                    for (FieldError fe : ii.fieldErrors()) {
                        String msg = texts.get(fe.messageKey(), fe.args().toArray());
                        String clientId = findField(fc, fe.field());
                        fc.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg, null));
                    }
                    fc.validationFailed();
                    fc.renderResponse();
                    return;
                }
                if (t instanceof DomainException d) {
                    fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            texts.get(d.messageKey(), d.args()), null));
                    fc.validationFailed();
                    fc.renderResponse();
                    return;
                }
                if (t instanceof OptimisticLockException) {
                    fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("error.conflict"), null));
                    fc.validationFailed();
                    fc.renderResponse();
                    return;
                }
            }
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected failure on a page, incident " + incident, thrown);
            if (fc.getPartialViewContext().isAjaxRequest() && !fc.getResponseComplete()) {
                fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_FATAL,
                        texts.get("problem.internal.detail", incident), null));
                fc.renderResponse();
            } else {
                redirect(fc, "/error.xhtml?incident=" + incident);
            }
        }

        /** The page whose view expired, with its query (kept in the form's address), to return to after login. */
        private static String expiredPage(FacesContext fc) {
            if (!(fc.getExternalContext().getRequest() instanceof jakarta.servlet.http.HttpServletRequest r)) {
                return null;
            }
            String path = r.getRequestURI().substring(r.getContextPath().length());
            return ReturnPath.of(path, r.getQueryString()).orElse(null);
        }

        private static String findField(FacesContext fc, String field) {
            if (fc.getViewRoot() == null) {
                return null;
            }
            String wanted = "field-" + field.replace('.', '-').replaceAll("[^A-Za-z0-9_-]", "");
            final String[] found = {null};
            fc.getViewRoot().visitTree(jakarta.faces.component.visit.VisitContext.createVisitContext(fc), (ctx, c) -> {
                if (wanted.equals(c.getId())) {
                    found[0] = c.getClientId(fc);
                    return jakarta.faces.component.visit.VisitResult.COMPLETE;
                }
                return jakarta.faces.component.visit.VisitResult.ACCEPT;
            });
            return found[0];
        }

        private static void redirect(FacesContext fc, String path) {
            try {
                if (!fc.getResponseComplete()) {
                    fc.getExternalContext().redirect(fc.getExternalContext().getRequestContextPath() + path);
                    fc.responseComplete();
                }
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.WARNING, "Could not redirect after a failure", e);
            }
        }
    }
}
