package es.viogen.municipal.boundary;

import es.viogen.municipal.control.RegistryStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Progress of running registry imports, by job id (read by the import page's progress bar). */
@ApplicationScoped
public class ImportProgress {

    /** State of one job: rows done of total, and once finished its summary or the failure's message key. */
    public record Job(int done, int total, RegistryStore.Summary summary, String failureKey) {
        public int percent() {
            return total == 0 ? 0 : (int) Math.min(100, done * 100L / total);
        }

        public boolean finished() {
            return summary != null || failureKey != null;
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    public void start(String id, int total) {
        jobs.put(id, new Job(0, total, null, null));
    }

    public void advance(String id, int done) {
        jobs.computeIfPresent(id, (k, j) -> new Job(done, j.total(), null, null));
    }

    public void finish(String id, RegistryStore.Summary summary) {
        jobs.computeIfPresent(id, (k, j) -> new Job(j.total(), j.total(), summary, null));
    }

    public void fail(String id, String key) {
        jobs.computeIfPresent(id, (k, j) -> new Job(j.done(), j.total(), null, key));
    }

    public Job get(String id) {
        return id == null ? null : jobs.get(id);
    }

    public void forget(String id) {
        jobs.remove(id);
    }
}
