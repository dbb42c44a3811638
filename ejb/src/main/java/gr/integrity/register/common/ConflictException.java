package gr.integrity.register.common;

/** Someone else changed the record first, or the record is in a state that does not allow the action. */
public class ConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
