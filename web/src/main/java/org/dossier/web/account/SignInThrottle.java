package org.dossier.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed sign-ins for one username, or
 * {@link #MAX_FAILURES_PER_ADDRESS} from one address (higher: an office or a proxy shares one),
 * within {@link #WINDOW}, further attempts are refused, right or wrong, until the window has passed. Kept in memory: a restart forgets, which costs a guesser a restart of ours.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int TRACKED = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > TRACKED;
        }
    };

    SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    public synchronized boolean allows(String username, String address) {
        return recent("user:" + username) < MAX_FAILURES && recent("address:" + address) < MAX_FAILURES_PER_ADDRESS;
    }

    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        failures.computeIfAbsent("user:" + username, k -> new ArrayDeque<>()).addLast(now);
        failures.computeIfAbsent("address:" + address, k -> new ArrayDeque<>()).addLast(now);
    }

    private int recent(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant horizon = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
            times.removeFirst();
        }
        return times.size();
    }
}
