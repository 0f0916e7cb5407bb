package es.viogen.dataset;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** A progress bar on the console: rows streamed so far out of those planned, rate and time left. */
final class Progress implements AutoCloseable {

    private final AtomicLong done;
    private final long total;
    private final long started = System.nanoTime();
    private final Thread printer;
    private volatile boolean running = true;
    private volatile String phase = "";

    Progress(AtomicLong done, long total) {
        this.done = done;
        this.total = Math.max(1, total);
        this.printer = new Thread(this::loop, "progress");
        this.printer.setDaemon(true);
        this.printer.start();
    }

    void phase(String phase) {
        this.phase = phase;
    }

    private void loop() {
        while (running) {
            print(false);
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void print(boolean last) {
        long d = done.get();
        double secs = (System.nanoTime() - started) / 1e9;
        double frac = Math.min(1.0, (double) d / total);
        int width = 40;
        int filled = (int) Math.round(frac * width);
        double rate = secs > 0 ? d / secs : 0;
        double left = rate > 0 ? (total - d) / rate : 0;
        String bar = "#".repeat(filled) + ".".repeat(width - filled);
        System.out.printf(Locale.ROOT, "\r[%s] %5.1f%%  %,d rows  %,.0f rows/s  %s  %s   ", bar, frac * 100, d, rate,
                last ? String.format(Locale.ROOT, "%.0f s", secs) : String.format(Locale.ROOT, "~%.0f s left", left),
                phase);
        if (last) {
            System.out.println();
        }
        System.out.flush();
    }

    @Override
    public void close() {
        running = false;
        printer.interrupt();
        print(true);
    }
}
