package gr.integrity.register.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/**
 * Runs code as one of the test users. Each subclass is an EJB with a fixed run-as role and principal, so that the
 * services see exactly what they would see for a signed-in user: the role for {@code @RolesAllowed} and the user
 * name for the caller's account.
 */
public abstract class As {

    @PermitAll
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    @PermitAll
    public void run(ThrowingRunnable work) throws Exception {
        work.run();
    }

    /**
     * Runs work that manages its own transactions (an import run chunk by chunk) outside one of its own, as the
     * server's timers and background threads run it: on a busy machine it may take longer than a transaction may
     * stay open.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runWithoutTransaction(ThrowingRunnable work) throws Exception {
        work.run();
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
