package es.viogen.platform.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainTest {

    private static List<AuditChain.Row> chain(int n) {
        List<AuditChain.Row> rows = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (long id = 1; id <= n; id++) {
            Instant at = AuditChain.storable(Instant.parse("2026-11-23T10:00:00.123456789Z").plusSeconds(id));
            String h = AuditChain.hash(prev, id, at, "policia.valladolid", "POLICE_OFFICER", 3L, "READ", "Case",
                    Long.toString(100 + id), "case page");
            rows.add(new AuditChain.Row(id, at, "policia.valladolid", "POLICE_OFFICER", 3L, "READ", "Case",
                    Long.toString(100 + id), "case page", prev, h));
            prev = h;
        }
        return rows;
    }

    private static AuditChain.Verifier verify(List<AuditChain.Row> rows) {
        AuditChain.Verifier v = new AuditChain.Verifier();
        rows.forEach(v::accept);
        return v;
    }

    @Test
    void anUntouchedChainVerifies() {
        AuditChain.Verifier v = verify(chain(10));
        assertTrue(v.firstBroken().isEmpty());
        assertEquals(10, v.checked());
    }

    @Test
    void aChangedFieldIsFoundAtItsRow() {
        List<AuditChain.Row> rows = chain(10);
        AuditChain.Row r = rows.get(6);
        rows.set(6, new AuditChain.Row(r.id(), r.at(), "someone.else", r.actorRole(), r.actorUnit(), r.action(),
                r.recordType(), r.recordId(), r.purpose(), r.prevHash(), r.hash()));
        assertEquals(7L, verify(rows).firstBroken().orElseThrow());
    }

    @Test
    void aRemovedRowBreaksTheNextOne() {
        List<AuditChain.Row> rows = chain(10);
        rows.remove(3);
        assertEquals(5L, verify(rows).firstBroken().orElseThrow());
    }

    @Test
    void aRecomputedHashStillBreaksTheLinkToTheNextRow() {
        List<AuditChain.Row> rows = chain(5);
        AuditChain.Row r = rows.get(1);
        String forged = AuditChain.hash(r.prevHash(), r.id(), r.at(), r.actor(), r.actorRole(), r.actorUnit(), "DELETE",
                r.recordType(), r.recordId(), r.purpose());
        rows.set(1, new AuditChain.Row(r.id(), r.at(), r.actor(), r.actorRole(), r.actorUnit(), "DELETE", r.recordType(),
                r.recordId(), r.purpose(), r.prevHash(), forged));
        assertEquals(3L, verify(rows).firstBroken().orElseThrow());
    }

    @Test
    void hashesDependOnEveryField() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        String base = AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "R", 1L, "READ", "Case", "1", "p");
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "R", 1L, "READ", "Case", "1", "q"));
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "R", 2L, "READ", "Case", "1", "p"));
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, 1, at.plusNanos(1000), "a", "R", 1L, "READ", "Case", "1", "p"));
        assertEquals(base, AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "R", 1L, "READ", "Case", "1", "p"));
    }

    /** Rows of the sealed format: content hash at append, link at sealing. */
    private static List<AuditChain.Row> sealed(String prev, long firstId, int n) {
        List<AuditChain.Row> rows = new ArrayList<>();
        for (long id = firstId; id < firstId + n; id++) {
            Instant at = AuditChain.storable(Instant.parse("2026-12-01T10:00:00.5Z").plusSeconds(id));
            String content = AuditChain.contentHash(at, "juzgado", "PARTNER", null, "CREATE", "Case", "7", "intake");
            String h = AuditChain.link(prev, id, content);
            rows.add(new AuditChain.Row(id, at, "juzgado", "PARTNER", null, "CREATE", "Case", "7", "intake", prev, h,
                    content));
            prev = h;
        }
        return rows;
    }

    @Test
    void sealedRowsContinueAChainOfTheFirstFormat() {
        List<AuditChain.Row> rows = chain(5);
        rows.addAll(sealed(rows.get(4).hash(), 6, 5));
        AuditChain.Verifier v = verify(rows);
        assertTrue(v.firstBroken().isEmpty());
        assertEquals(10, v.checked());
    }

    @Test
    void aChangedFieldOfASealedRowIsFoundAtItsRow() {
        List<AuditChain.Row> rows = sealed(AuditChain.GENESIS, 1, 6);
        AuditChain.Row r = rows.get(3);
        AuditChain.Row changed = new AuditChain.Row(r.id(), r.at(), r.actor(), r.actorRole(), r.actorUnit(), r.action(),
                r.recordType(), r.recordId(), "nothing to see here", r.prevHash(), r.hash(), r.rowHash());
        assertFalse(changed.contentIntact());
        rows.set(3, changed);
        assertEquals(4L, verify(rows).firstBroken().orElseThrow());
    }

    @Test
    void aRecomputedContentHashStillBreaksTheLink() {
        List<AuditChain.Row> rows = sealed(AuditChain.GENESIS, 1, 6);
        AuditChain.Row r = rows.get(2);
        String forged = AuditChain.contentHash(r.at(), r.actor(), r.actorRole(), r.actorUnit(), "DELETE", r.recordType(),
                r.recordId(), r.purpose());
        rows.set(2, new AuditChain.Row(r.id(), r.at(), r.actor(), r.actorRole(), r.actorUnit(), "DELETE",
                r.recordType(), r.recordId(), r.purpose(), r.prevHash(), r.hash(), forged));
        assertEquals(3L, verify(rows).firstBroken().orElseThrow());
    }

    @Test
    void anUnsealedRowInTheChainIsBroken() {
        List<AuditChain.Row> rows = sealed(AuditChain.GENESIS, 1, 3);
        AuditChain.Row r = rows.get(1);
        rows.set(1, new AuditChain.Row(r.id(), r.at(), r.actor(), r.actorRole(), r.actorUnit(), r.action(),
                r.recordType(), r.recordId(), r.purpose(), null, null, r.rowHash()));
        assertEquals(2L, verify(rows).firstBroken().orElseThrow());
    }
}
