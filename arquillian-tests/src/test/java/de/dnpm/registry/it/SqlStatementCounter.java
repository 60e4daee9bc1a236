package de.dnpm.registry.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/**
 * TEST ONLY: counts the SQL statements EclipseLink sends to the database on the calling thread while a piece of work
 * runs, through a session event listener ({@code preExecuteCall} fires once per statement sent). EclipseLink is
 * the server's, not on this module's class path (it does not resolve here: STACK.md §1), so the listener is a proxy
 * of its interface made by reflection. Other threads' statements (the indexer, imports) are not counted.
 */
@ApplicationScoped
public class SqlStatementCounter {

    private static final String SESSION = "org.eclipse.persistence.sessions.Session";
    private static final String LISTENER = "org.eclipse.persistence.sessions.SessionEventListener";

    @PersistenceUnit(unitName = "registry")
    EntityManagerFactory factory;

    private final ThreadLocal<int[]> counting = new ThreadLocal<>();
    private boolean listening;

    /** What {@code work} returned, and how many statements it cost. */
    public record Counted<T>(T value, int statements) {
    }

    public <T> Counted<T> count(Supplier<T> work) {
        listen();
        int[] statements = {0};
        counting.set(statements);
        try {
            T value = work.get();
            return new Counted<>(value, statements[0]);
        } finally {
            counting.remove();
        }
    }

    /* once per application: the server session's listeners are copied into every unit of work it later opens */
    private synchronized void listen() {
        if (listening) {
            return;
        }
        try {
            // the application's loader sees EclipseLink's public API (the server's wrapper classes may not)
            ClassLoader loader = SqlStatementCounter.class.getClassLoader();
            Class<?> sessionType = Class.forName(SESSION, true, loader);
            Class<?> listenerType = Class.forName(LISTENER, true, loader);
            Object session = factory.unwrap(sessionType);
            InvocationHandler onEvent = (proxy, method, arguments) -> switch (method.getName()) {
                case "preExecuteCall" -> {
                    int[] statements = counting.get();
                    if (statements != null) {
                        statements[0]++;
                    }
                    yield null;
                }
                case "equals" -> proxy == arguments[0];
                case "hashCode" -> System.identityHashCode(proxy);
                case "toString" -> "SqlStatementCounter listener";
                default -> null;
            };
            Object listener = Proxy.newProxyInstance(listenerType.getClassLoader(), new Class<?>[]{listenerType},
                    onEvent);
            Object events = sessionType.getMethod("getEventManager").invoke(session);
            events.getClass().getMethod("addListener", listenerType).invoke(events, listener);
            listening = true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot listen to EclipseLink's statements: " + e, e);
        }
    }
}
