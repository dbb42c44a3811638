package gr.integrity.register.platform.persistence;

import gr.integrity.register.common.BusinessException;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.SQLTransientConnectionException;

/**
 * Every business method's refusal checked against its transaction (a default interceptor, {@code ejb-jar.xml}).
 * Hibernate's {@code EntityManager.find} answers null instead of failing when the database fails in a transaction
 * already marked for rollback (HHH-12472: the connection pool marks it when a connection breaks, then fails fast).
 * During an outage a filing that exists is then "not found", its draft "gone": the filer would be told something
 * false, and not that the database did not answer and nothing was done. So a refusal raised in a transaction that
 * was already marked for rollback when it was raised is the database failing, and is thrown as such.
 * <p>
 * Once a refusal has been raised in a transaction unmarked, the mark may be its own (the container marks the
 * transaction as a refusal leaves a business method, and a caller may catch it and go on): from then on the
 * transaction's refusals are left as they are.
 */
public class FailedLookups {

    /** Set in a transaction once a refusal was raised in it while it was not marked for rollback. */
    private static final Object REFUSED = FailedLookups.class.getName() + ".refused";

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object checked(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (BusinessException refusal) {
            if (transactions.getTransactionKey() == null || transactions.getResource(REFUSED) != null) {
                throw refusal;
            }
            if (transactions.getRollbackOnly()) {
                PersistenceException failure = new PersistenceException("The database failed during the call, so"
                        + " what it answered is not trusted", new SQLTransientConnectionException(
                        "a lookup failed in a transaction marked for rollback"));
                failure.addSuppressed(refusal);
                throw failure;
            }
            transactions.putResource(REFUSED, Boolean.TRUE);
            throw refusal;
        }
    }
}
