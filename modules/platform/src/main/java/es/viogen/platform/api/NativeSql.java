package es.viogen.platform.api;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;

/** A native query written with JDBC-style {@code ?} placeholders (as {@link ScopePredicate.Sql} gives them), bound in order. */
public final class NativeSql {

    private NativeSql() {
    }

    /** {@code resultClass} null: rows as {@code Object[]} or a single column's values. */
    public static Query query(EntityManager em, String jdbcSql, Class<?> resultClass, List<?> params) {
        String sql = numbered(jdbcSql);
        Query q = resultClass == null ? em.createNativeQuery(sql) : em.createNativeQuery(sql, resultClass);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    /** Turns each {@code ?} into JPA's numbered {@code ?1, ?2 ...}; the text must have no {@code ?} in literals. */
    public static String numbered(String jdbcSql) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (char ch : jdbcSql.toCharArray()) {
            if (ch == '?') {
                b.append('?').append(++n);
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
