package dev.tiersync.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.MDC;

/**
 * Runs tasks at the same time and waits for every one of them: the objects of a pull, a pull split into streams, or
 * Bulk chunks read together. Each task runs with the caller's logging context, and they begin in their order. A task
 * that fails does not stop those under way (what they store stays good), but no task begins after it; once all have
 * ended, the first failure is thrown with the later ones suppressed under it.
 */
public final class AllAtOnce {

    private AllAtOnce() {
    }

    /**
     * @param name the threads' name
     * @param threads how many tasks run at once, at least one
     * @param wrap makes a checked failure of a task, or the caller's interruption, a runtime exception naming the work
     * @return each task's result, in the order of the tasks
     */
    public static <T> List<T> run(String name, int threads, List<Callable<T>> tasks,
                                  Function<Throwable, RuntimeException> wrap) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        AtomicBoolean failed = new AtomicBoolean();
        try {
            List<Future<T>> running = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                running.add(pool.submit(() -> {
                    if (failed.get()) {
                        return null; // not begun: an earlier task failed, and its failure is what the caller hears
                    }
                    if (context != null) {
                        MDC.setContextMap(context);
                    }
                    try {
                        return task.call();
                    } catch (Exception | Error e) {
                        failed.set(true);
                        throw e;
                    } finally {
                        MDC.clear();
                    }
                }));
            }
            List<T> results = new ArrayList<>(tasks.size());
            RuntimeException failure = null;
            for (Future<T> each : running) {
                try {
                    results.add(each.get());
                } catch (ExecutionException e) {
                    RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime : wrap.apply(e.getCause());
                    if (failure == null) {
                        failure = cause;
                    } else if (failure != cause) {
                        failure.addSuppressed(cause);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw wrap.apply(e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
