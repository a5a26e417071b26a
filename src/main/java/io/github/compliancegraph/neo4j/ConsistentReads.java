package io.github.compliancegraph.neo4j;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Keeps the app's reads from seeing an import half-committed. Neo4j reads at read-committed: a
 * query running while a large transaction commits can see part of it (the load test saw a party
 * with 0 and 287 of its 295 controls while a matrix was replaced). Reads share this lock and a
 * commit takes it alone, so every answer of the API shows the graph before or after an import.
 * Fair, so a commit waiting for running reads is not starved by new ones; those wait for the
 * commit, which is short. Cypher sent straight to the database (Neo4j Browser) is not covered.
 */
@Component
public class ConsistentReads {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    public <T> T read(Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    public void commit(Runnable commit) {
        lock.writeLock().lock();
        try {
            commit.run();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
