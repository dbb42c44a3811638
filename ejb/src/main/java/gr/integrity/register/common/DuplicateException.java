package gr.integrity.register.common;

/** The value of a field that must be unique is already taken. */
public class DuplicateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DuplicateException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
