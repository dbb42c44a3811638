package gr.integrity.register.common;

/** The requested record does not exist (or, for a caller who may not know of it, looks as if it does not). */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("error.notFound", null, what, id);
    }
}
