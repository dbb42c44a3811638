package gr.integrity.register.web.support;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

import java.util.List;

/**
 * Public pages are stateless views: they keep no view state and create no HTTP session, so crowds and scrapers
 * cost the server no memory. Pages for signed-in work (and the sign-in and account pages, whose forms the view
 * state protects against forgery) keep their state on the server.
 * <p>
 * The decision is made when the view is created, before anything renders: PrimeFaces keeps its CSP nonce in the
 * view map of a stateful view, and a view map needs a session.
 */
public class StatelessViewHandler extends ViewHandlerWrapper {

    private static final List<String> STATEFUL_PREFIXES = SignedInAreas.and("/account/", "/login.xhtml", "/setup.xhtml",
            "/report.xhtml", "/follow.xhtml");

    public StatelessViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isStateless(viewId)) {
            root.setTransient(true);
        }
        return root;
    }

    public static boolean isStateless(String viewId) {
        return viewId != null && STATEFUL_PREFIXES.stream().noneMatch(viewId::startsWith);
    }
}
