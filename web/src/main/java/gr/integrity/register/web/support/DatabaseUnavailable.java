package gr.integrity.register.web.support;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database could not be reached: it is down or restarting, a connection broke in the
 * middle of a statement or of the commit (the transaction manager then reports a heuristic outcome: the commit's
 * answer never came, so it may or may not have reached the disk; the filer's next click, with the same submission
 * key, files it once either way), or every pooled connection is busy and none came free within the pool's wait. None of
 * these is the user's doing or a fault in the register; the answer is "not done, nothing lost, try again in a
 * minute" (503 with Retry-After on a page or in the API, a message beside the form that was being sent).
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again: about how long a database restart takes. */
    public static final int RETRY_AFTER_SECONDS = 30;

    /** Raised by the connector when the pool gives no connection in time or cannot open one (IJ000453, IJ000655). */
    private static final String RESOURCE_EXCEPTION = "jakarta.resource.ResourceException";
    /** Hibernate's translation of the driver's connection failures. */
    private static final String JDBC_CONNECTION_EXCEPTION = "org.hibernate.exception.JDBCConnectionException";

    private DatabaseUnavailable() {
    }

    public static boolean explains(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof HeuristicMixedException
                    || t instanceof HeuristicRollbackException || isA(t, RESOURCE_EXCEPTION)
                    || isA(t, JDBC_CONNECTION_EXCEPTION) || brokenConnection(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * A statement of a transaction whose connection broke: SQL state class 08 (connection exception), or the
     * driver's refusal to use a statement or connection the pool already closed because the server went away
     * (Connector/J says "No operations allowed after statement closed", with a generic SQL state; the pool's wrapper
     * says IJ031040/IJ031041).
     */
    private static boolean brokenConnection(Throwable t) {
        if (!(t instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        String message = sql.getMessage();
        return (state != null && state.startsWith("08"))
                || (message != null && (message.startsWith("No operations allowed after")
                        // the pool's own wrapper, once the connection under it was destroyed
                        || message.startsWith("IJ031040") || message.startsWith("IJ031041")));
    }

    /** By name, so that the web module needs neither the connector API nor Hibernate to compile. */
    private static boolean isA(Throwable t, String className) {
        for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }
}
