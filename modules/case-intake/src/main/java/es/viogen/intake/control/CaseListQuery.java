package es.viogen.intake.control;

import es.viogen.intake.api.CaseStatus;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.ScopePredicate;
import es.viogen.platform.api.Visibility;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL of the case list, its pages and its count, built for national size (see the module README, "Indexes at
 * national size"): one statement per page that also reads the victim's and the aggressor's names (no query per row),
 * keyset paging after the last row seen (newest first: {@code opened_at DESC, id DESC}, the order of the lists'
 * composite indexes), a count that stops at a cap, and a text search that first collects the cases the text names
 * through indexed lookups and only then applies the scope and the filters to those cases.
 * <p>
 * The rows are exactly those of the plain query it replaced (every case of the scope and filters whose number
 * contains the text, whose victim or aggressor has it in the name key or as document, or whose complaint has it as
 * atestado; {@code OFFSET} paging; {@code COUNT(*)}): {@code CaseListEquivalenceTest} compares both on generated data.
 * Values are always bound ({@code ?} placeholders, as {@link ScopePredicate.Sql} gives them).
 */
public final class CaseListQuery {

    /** Beyond this many cases the list says "more than 10 000" instead of counting them all. */
    public static final int COUNT_CAP = 10_000;

    /** Name keys shorter than a trigram cannot use the trigram indexes: such a text is checked case by case. */
    static final int MIN_INDEXED_NAME = 3;

    private static final String COLUMNS = "c.id, c.case_number, c.status, c.current_level, c.especial_relevancia, "
            + "c.minors_at_risk, c.repeat_aggressor, c.unit_id, c.municipality_code, v.first_name, v.last_name1, "
            + "v.last_name2, a.first_name, a.last_name1, a.last_name2, c.opened_at";

    private CaseListQuery() {
    }

    /** A statement with JDBC-style {@code ?} placeholders and their values in order. */
    public record Sql(String text, List<Object> params) {
        public Sql {
            params = List.copyOf(params);
        }
    }

    /** Where a row stands in the list's order: the page after it starts with the next older case. */
    public record Key(Instant openedAt, long id) implements java.io.Serializable {

        public static Key of(CaseRow row) {
            return new Key(row.getOpenedAt(), row.getId());
        }
    }

    /**
     * One page: the cases after {@code after} (null: from the newest), skipping {@code skip} of them (a jump within
     * the pages the count shows; stepping page by page skips none), at most {@code limit}.
     */
    public static Sql page(CaseFilter f, Visibility v, Key after, int skip, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM intake.case_file c")
                .append(" LEFT JOIN intake.victim v ON v.case_id = c.id")
                .append(" LEFT JOIN intake.aggressor a ON a.case_id = c.id");
        sql.append(where(f, v, params));
        if (after != null) {
            sql.append(" AND (c.opened_at, c.id) < (?, ?)");
            params.add(Timestamp.from(after.openedAt()));
            params.add(after.id());
        }
        sql.append(" ORDER BY c.opened_at DESC, c.id DESC LIMIT ?");
        params.add(limit);
        if (skip > 0) {
            sql.append(" OFFSET ?");
            params.add(skip);
        }
        return new Sql(sql.toString(), params);
    }

    /** How many cases the list holds, counted up to {@code cap + 1} (more than {@code cap}: "more than cap"). */
    public static Sql count(CaseFilter f, Visibility v, int cap) {
        List<Object> params = new ArrayList<>();
        String inner = "SELECT 1 FROM intake.case_file c" + where(f, v, params) + " LIMIT ?";
        params.add(cap + 1);
        return new Sql("SELECT COUNT(*) FROM (" + inner + ") capped", params);
    }

    private static String where(CaseFilter f, Visibility v, List<Object> params) {
        ScopePredicate.Sql scoped = ScopePredicate.sql(v, ScopePredicate.Columns.sql("c"));
        StringBuilder where = new StringBuilder(" WHERE ").append(scoped.text());
        params.addAll(scoped.params());
        if (f.status() != null) {
            where.append(" AND c.status = ?");
            params.add(f.status().name());
        }
        if (f.level() != null) {
            where.append(" AND c.current_level = ?");
            params.add(f.level().name());
        }
        if (f.unitId() != null) {
            where.append(" AND c.unit_id = ?");
            params.add(f.unitId());
        }
        if (f.municipalityCode() != null && !f.municipalityCode().isBlank()) {
            where.append(" AND c.municipality_code = ?");
            params.add(f.municipalityCode().trim());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.append(text(f.text().trim(), params));
        }
        return where.toString();
    }

    /**
     * The text condition. A name key of three characters or more: the union of the indexed lookups (case number and
     * name keys by trigram, documents and atestado by their b-tree indexes), so only the cases the text names are
     * then checked against the scope; shorter (it would match most people): checked case by case, within the scope.
     */
    private static String text(String text, List<Object> params) {
        String number = "%" + text.toUpperCase(Locale.ROOT).replace("%", "") + "%";
        String name = PersonNames.key(text, null, null).replace("%", "").replace("_", "");
        String document = String.valueOf(IdentityDocuments.normalise(text));
        String atestado = text.toUpperCase(Locale.ROOT);
        String nameLike = "%" + name + "%";
        if (name.length() >= MIN_INDEXED_NAME) {
            params.addAll(List.of(number, nameLike, document, nameLike, document, atestado));
            return " AND c.id IN (SELECT n.id FROM intake.case_file n WHERE upper(n.case_number) LIKE ?"
                    + " UNION SELECT vn.case_id FROM intake.victim vn WHERE vn.name_key LIKE ?"
                    + " UNION SELECT vd.case_id FROM intake.victim vd WHERE vd.document_number = ?"
                    + " UNION SELECT an.case_id FROM intake.aggressor an WHERE an.name_key LIKE ?"
                    + " UNION SELECT ad.case_id FROM intake.aggressor ad WHERE ad.document_number = ?"
                    + " UNION SELECT k.case_id FROM intake.complaint k WHERE upper(k.atestado_number) = ?)";
        }
        params.addAll(List.of(number, nameLike, document, nameLike, document, atestado));
        return " AND (upper(c.case_number) LIKE ?"
                + " OR EXISTS (SELECT 1 FROM intake.victim x WHERE x.case_id = c.id AND (x.name_key LIKE ? OR x.document_number = ?))"
                + " OR EXISTS (SELECT 1 FROM intake.aggressor y WHERE y.case_id = c.id AND (y.name_key LIKE ? OR y.document_number = ?))"
                + " OR EXISTS (SELECT 1 FROM intake.complaint z WHERE z.case_id = c.id AND upper(z.atestado_number) = ?))";
    }

    /**
     * A row of {@link #page}'s columns, with the unit's name from {@code unitName}. Names are put together as
     * {@code Identity.fullName()} does.
     */
    public static CaseRow row(Object[] r, java.util.function.LongFunction<String> unitName) {
        long unitId = ((Number) r[7]).longValue();
        return new CaseRow(((Number) r[0]).longValue(), (String) r[1], CaseStatus.valueOf((String) r[2]),
                r[3] == null ? null : RiskLevel.valueOf((String) r[3]), bool(r[4]), bool(r[5]), bool(r[6]),
                unitName.apply(unitId), (String) r[8], fullName(r[9], r[10], r[11]), fullName(r[12], r[13], r[14]),
                instant(r[15]));
    }

    /** The unit id of a row of {@link #page}'s columns. */
    public static long unitId(Object[] r) {
        return ((Number) r[7]).longValue();
    }

    private static String fullName(Object first, Object last1, Object last2) {
        if (first == null && last1 == null) {
            return null; // no such person (a LEFT JOIN without a row)
        }
        String second = (String) last2;
        return first + " " + last1 + (second == null || second.isBlank() ? "" : " " + second);
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : o != null && Boolean.parseBoolean(o.toString());
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof Instant t) {
            return t;
        }
        throw new IllegalArgumentException("not a timestamp: " + o.getClass().getName());
    }
}
