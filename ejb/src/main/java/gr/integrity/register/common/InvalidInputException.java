package gr.integrity.register.common;

/** An input value the register cannot accept, with the field it belongs to. */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
