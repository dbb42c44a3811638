package gr.integrity.register.common;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A request the register refuses for a reason the user can act on. It carries a message key (resolved in the
 * user's language by {@link Messages}), its arguments, and the field it concerns when there is one, so that the
 * page can show the message on that field. Thrown from a service, it rolls the transaction back: nothing
 * half-written is committed.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, String field, Object... arguments) {
        super(messageKey + (field == null ? "" : " [" + field + "]"));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The input field the message belongs to, or null for a message about the whole request. */
    public String getField() {
        return field;
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : Arrays.copyOf(arguments, arguments.length);
    }

    public String localizedMessage(java.util.Locale locale) {
        return Messages.text(locale, messageKey, getArguments());
    }
}
