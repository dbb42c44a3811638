package gr.integrity.register.it.support;

import gr.integrity.register.common.ConflictException;
import jakarta.persistence.OptimisticLockException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Actions started at the same moment, each on its own thread, as two people clicking at once. */
public final class Race {

    private Race() {
    }

    /** What one of the racing actions came to. */
    public record Outcome(boolean done, Throwable failure) {

        /** Refused as the pages show it: "someone else changed this" (a stale version or a changed review). */
        public boolean toldSomeoneElseChangedIt() {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ConflictException || t instanceof OptimisticLockException
                        || "org.hibernate.StaleObjectStateException".equals(t.getClass().getName())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Runs the actions at the same moment; their outcomes in the order given. */
    @SafeVarargs
    public static List<Outcome> atOnce(Callable<Object>... actions) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(actions.length);
        try {
            CountDownLatch ready = new CountDownLatch(actions.length);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Callable<Object> action : actions) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        action.call();
                        return new Outcome(true, null);
                    } catch (Exception e) {
                        return new Outcome(false, e);
                    }
                }));
            }
            ready.await();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            threads.shutdown();
        }
    }
}
