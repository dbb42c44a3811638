package gr.integrity.register.web.support;

import gr.integrity.register.common.BusinessException;
import gr.integrity.register.common.Messages;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.importing.ImportProblem;
import gr.integrity.register.importing.ImportRejectedException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Turning service outcomes into what the user sees: messages in the page's language, on the field they concern,
 * and redirects after a successful POST. Never an exception's own text: that is for logs, not for people.
 */
public final class Pages {

    private static final String UI_BUNDLE = "gr.integrity.register.web.i18n";

    private Pages() {
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** A text of the page bundle. */
    public static String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(UI_BUNDLE, locale()).getString(key);
        } catch (java.util.MissingResourceException e) {
            return Messages.text(locale(), key, arguments);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** An information message that survives the redirect after a POST. */
    public static void flashInfo(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, arguments);
    }

    /** Keeps a value for the next request only (the page a Post-Redirect-Get lands on). */
    public static void flash(String name, Object value) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(name, value);
    }

    /** A value the previous request kept for this one, or null. */
    @SuppressWarnings("unchecked")
    public static <T> T flashed(String name) {
        return (T) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(name);
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * Runs what a form asks of the services (a save, a decision); when a service refuses, the form shows why
     * ({@link #refused}) and keeps what was typed. The one way a backing bean calls a service for a form. Answers
     * whether it was done.
     */
    public static boolean attempt(String formId, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            refused(e, formId);
            return false;
        }
    }

    /** The address of a page of the register with its parameters (name, value, name, value...), encoded. */
    public static String address(String page, Object... parameters) {
        StringBuilder path = new StringBuilder(page);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            path.append(i == 0 ? '?' : '&').append(parameters[i]).append('=')
                    .append(URLEncoder.encode(String.valueOf(parameters[i + 1]), StandardCharsets.UTF_8));
        }
        return path.toString();
    }

    /**
     * Shows why a service refused: a business rule (on its field, inside {@code formId}), a Bean Validation
     * constraint the service checked, a concurrent change, or a database that could not be reached. Anything else is not the user's doing and goes on
     * to the error page.
     */
    public static void refused(RuntimeException exception, String formId) {
        Throwable cause = exception;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ImportRejectedException rejected) {
            add(null, FacesMessage.SEVERITY_ERROR, rejected.localizedMessage(locale()));
            for (ImportProblem problem : rejected.getProblems()) {
                String where = problem.line() > 0 ? Messages.text(locale(), "import.line", problem.line()) + ": " : "";
                add(null, FacesMessage.SEVERITY_ERROR, where + Messages.text(locale(), problem.messageKey(),
                        problem.arguments()));
            }
        } else if (cause instanceof BusinessException business) {
            String clientId = business.getField() == null || formId == null ? null : formId + ":" + business.getField();
            add(clientId, FacesMessage.SEVERITY_ERROR, business.localizedMessage(locale()));
        } else if (cause instanceof ConstraintViolationException violations) {
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                String path = violation.getPropertyPath().toString();
                String field = path.substring(path.lastIndexOf('.') + 1);
                add(formId == null ? null : formId + ":" + field, FacesMessage.SEVERITY_ERROR, violation.getMessage());
            }
        } else if (lostARace(exception)) {
            add(null, FacesMessage.SEVERITY_ERROR, Messages.text(locale(), "error.changedMeanwhile"));
        } else if (DatabaseUnavailable.explains(exception)) {
            // nothing was done: the transaction rolled back, and what the form holds is still on the page
            add(null, FacesMessage.SEVERITY_ERROR, Messages.text(locale(), "error.unavailable.notDone"));
        } else {
            throw exception;
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * Another transaction changed the same record first (a version column's check at flush or commit): however deep
     * the container wrapped it.
     */
    private static boolean lostARace(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException
                    || "org.hibernate.StaleObjectStateException".equals(t.getClass().getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The identifier a page was opened with. Missing, it answers 404: a page for a record needs the record. (The
     * view parameter is not marked required: on a postback it is not in the URL, and Faces would refuse the form.)
     */
    public static long required(Long id) {
        if (id == null) {
            throw new NotFoundException("Page", "id");
        }
        return id;
    }

    /**
     * Redirects (Post-Redirect-Get) to a page of the register with its parameters, given as name, value, name,
     * value...: encoded, so that no value can change the address.
     */
    public static void redirect(String page, Object... parameters) {
        redirect(address(page, parameters));
    }

    public static void redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (clientId != null && context.getViewRoot().findComponent(":" + clientId) == null) {
            clientId = null;
        }
        context.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
