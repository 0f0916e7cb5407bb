package es.viogen.dataset;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One table's {@code COPY ... FROM STDIN} (text format), streamed: the generator appends rows to a small buffer; full
 * buffers go through a bounded queue to a thread of this table that writes them to its own connection, so every table
 * loads in parallel and nothing larger than a few buffers is ever held in memory.
 */
final class CopyStream implements AutoCloseable {

    private static final int CHUNK = 1 << 18;
    private static final byte[] END = new byte[0];
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSXXX");

    private final String table;
    private final Connection connection;
    private final CopyIn copy;
    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(6);
    private final Thread writer;
    private final AtomicLong progress;
    private volatile Throwable failure;
    private StringBuilder row = new StringBuilder(CHUNK + 4096);
    private long rows;
    private boolean first = true;

    CopyStream(Connection connection, String table, String columns, AtomicLong progress) throws SQLException {
        this.table = table;
        this.connection = connection;
        this.progress = progress;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
        this.writer = new Thread(this::drain, "copy-" + table);
        this.writer.setDaemon(true);
        this.writer.start();
    }

    private void drain() {
        try {
            while (true) {
                byte[] b = queue.take();
                if (b == END) {
                    return;
                }
                copy.writeToCopy(b, 0, b.length);
            }
        } catch (Throwable t) {
            failure = t;
            queue.clear();
        }
    }

    String table() {
        return table;
    }

    long rows() {
        return rows;
    }

    // --- one row, field by field -------------------------------------------------------------------------------

    CopyStream add(String v) {
        sep();
        if (v == null) {
            row.append("\\N");
        } else {
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                switch (ch) {
                    case '\\' -> row.append("\\\\");
                    case '\t' -> row.append("\\t");
                    case '\n' -> row.append("\\n");
                    case '\r' -> row.append("\\r");
                    default -> row.append(ch);
                }
            }
        }
        return this;
    }

    CopyStream add(long v) {
        sep();
        row.append(v);
        return this;
    }

    CopyStream add(Long v) {
        return v == null ? nul() : add(v.longValue());
    }

    CopyStream add(Integer v) {
        return v == null ? nul() : add(v.longValue());
    }

    CopyStream add(double v) {
        sep();
        row.append(v);
        return this;
    }

    CopyStream add(boolean v) {
        sep();
        row.append(v ? 't' : 'f');
        return this;
    }

    CopyStream add(Boolean v) {
        return v == null ? nul() : add(v.booleanValue());
    }

    CopyStream add(Instant v) {
        if (v == null) {
            return nul();
        }
        sep();
        row.append(TS.format(OffsetDateTime.ofInstant(v, ZoneOffset.UTC)));
        return this;
    }

    CopyStream add(LocalDate v) {
        if (v == null) {
            return nul();
        }
        sep();
        row.append(v);
        return this;
    }

    CopyStream add(Enum<?> v) {
        return add(v == null ? null : v.name());
    }

    CopyStream nul() {
        sep();
        row.append("\\N");
        return this;
    }

    private void sep() {
        if (!first) {
            row.append('\t');
        }
        first = false;
    }

    void end() {
        row.append('\n');
        first = true;
        rows++;
        if (row.length() >= CHUNK) {
            flush();
        }
    }

    private void flush() {
        if (row.length() == 0) {
            return;
        }
        byte[] b = row.toString().getBytes(StandardCharsets.UTF_8);
        progress.addAndGet(countLines(row));
        row.setLength(0);
        put(b);
    }

    private static long countLines(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private void put(byte[] b) {
        try {
            while (!queue.offer(b, 200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        check();
    }

    private void check() {
        if (failure != null) {
            throw new IllegalStateException("COPY into " + table + " failed: " + failure.getMessage(), failure);
        }
    }

    /** Ends the COPY and commits it. */
    @Override
    public void close() throws SQLException {
        flush();
        put(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        check();
        copy.endCopy();
        connection.commit();
        connection.close();
    }
}
