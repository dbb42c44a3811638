package gr.integrity.register.it.support;

import gr.integrity.register.common.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a service call refused with, once unwrapped from the container's and the run-as helpers' wrapping. */
public final class Thrown {

    private Thrown() {
    }

    /** The refusal itself: the first cause that is neither an EJB wrapper (but an access refusal) nor a plain Exception. */
    public static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof EJBException && !(t instanceof EJBAccessException) || t.getClass() == Exception.class)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Runs a call that must be refused by a business rule; answers the rule's message key. */
    public static String messageKey(Executable call) {
        Throwable refusal = unwrap(assertThrows(Exception.class, call));
        if (!(refusal instanceof BusinessException business)) {
            throw new AssertionError("refused by " + refusal + ", not by a business rule", refusal);
        }
        return business.getMessageKey();
    }
}
