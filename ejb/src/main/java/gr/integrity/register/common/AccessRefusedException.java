package gr.integrity.register.common;

/**
 * The caller has the role but not the right to this object (an official reaching for another official's draft).
 * Role checks themselves are {@code @RolesAllowed} on the services.
 */
public class AccessRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessRefusedException() {
        super("error.accessRefused", null);
    }
}
