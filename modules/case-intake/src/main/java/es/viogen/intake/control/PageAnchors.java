package es.viogen.intake.control;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keyset paging for a list shown page by page: for each page start it has seen, the key of the row just before it.
 * The next page (and any page seen before) is then read as "the rows after that key", with no rows skipped; a jump
 * elsewhere starts from the nearest known start before it and skips only the rows in between (at most the capped
 * count's worth from the top of the list, since the paginator shows no further pages than have been stepped through).
 */
public final class PageAnchors implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Kept starts at most (a few hundred KB); beyond, only the newest is kept and older ones are found again. */
    static final int MAX = 5_000;

    private final TreeMap<Integer, CaseListQuery.Key> starts = new TreeMap<>();

    /** Where to read from to get row {@code first}: after {@code after} (null: the top), skipping {@code skip}. */
    public record Position(CaseListQuery.Key after, int skip) {
    }

    public Position position(int first) {
        Map.Entry<Integer, CaseListQuery.Key> e = starts.floorEntry(first);
        return e == null ? new Position(null, first) : new Position(e.getValue(), first - e.getKey());
    }

    /** A page starting at row {@code first} was read: the row after its last one starts after that row's key. */
    public void seen(int first, List<CaseRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (starts.size() >= MAX) {
            starts.clear();
        }
        starts.put(first + rows.size(), CaseListQuery.Key.of(rows.get(rows.size() - 1)));
    }

    public void clear() {
        starts.clear();
    }

    int size() {
        return starts.size();
    }
}
