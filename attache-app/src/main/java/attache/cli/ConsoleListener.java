package attache.cli;

import attache.ingest.IngestResult;
import attache.pipeline.BatchReport;
import attache.pipeline.BatchRunner;

import java.io.PrintStream;
import java.util.Locale;

/**
 * What a batch shows on standard error: one line per failed input as it fails, a progress line
 * (done/total, articles per second, time left) redrawn in place only when standard error is a
 * terminal, so redirected logs stay free of carriage returns, and a summary at the end.
 */
final class ConsoleListener implements BatchRunner.Listener {

    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean lineEnded;

    ConsoleListener(PrintStream err) {
        this.err = err;
        this.terminal = System.console() != null;
    }

    @Override
    public void rejected(IngestResult.Rejected rejection) {
        if (terminal) {
            err.print("\r\033[K");
        }
        printError(err, rejection);
    }

    @Override
    public void progress(int done, int total) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (done != total && now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        draw(done, total, now);
        if (done == total) {
            err.println();
            lineEnded = true;
        }
        err.flush();
    }

    /** A batch read as it goes has no known size: its last count is drawn when it ends. */
    @Override
    public void finished(int done) {
        if (terminal && lastDraw != 0 && !lineEnded) {
            draw(done, -1, System.nanoTime());
            err.println();
            err.flush();
        }
    }

    private void draw(int done, int total, long now) {
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        if (total < 0) {
            err.printf(Locale.ROOT, "\r%d articles  %.1f articles/s ", done, rate);
            return;
        }
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        err.printf(Locale.ROOT, "\r%d/%d articles  %.1f articles/s  %dm%02ds left ", done, total, rate,
                left / 60, left % 60);
    }

    static void printError(PrintStream err, IngestResult.Rejected rejection) {
        err.println("attache: error: " + rejection.origin() + ": " + rejection.reason());
    }

    /** One line per web archive read: records, articles, skipped records by reason, where it broke off. */
    static void printArchives(PrintStream err, java.util.List<attache.ingest.WarcSummary> archives) {
        for (attache.ingest.WarcSummary archive : archives) {
            err.println("attache: archive " + archive.describe());
        }
    }

    static void printSummary(PrintStream err, BatchReport report) {
        int total = report.analysed() + report.rejected().size();
        err.printf(Locale.ROOT, "attache: %d of %d inputs analysed in %.1f s", report.analysed(), total,
                report.elapsed().toMillis() / 1000.0);
        if (!report.hasFailures()) {
            err.println();
            return;
        }
        err.printf(Locale.ROOT, "; %d failed:%n", report.rejected().size());
        for (IngestResult.Rejected r : report.rejected()) {
            err.println("  " + r.origin() + ": " + r.reason());
        }
    }
}
