package es.viogen.risk.boundary;

import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.Role;
import es.viogen.risk.control.Instrument;
import es.viogen.risk.control.InstrumentCatalog;
import es.viogen.risk.control.InstrumentProblem;
import es.viogen.risk.control.InstrumentReader;
import es.viogen.risk.control.InstrumentRejected;
import es.viogen.risk.entity.InstrumentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The instrument versions: listing, and loading a new version (bundled at startup, or uploaded by an administrator).
 * A definition is validated completely before anything is written; a stored version is never changed: new weights
 * are a new version.
 */
@ApplicationScoped
public class InstrumentLibrary {

    @Inject
    InstrumentCatalog catalog;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Transactional
    public List<InstrumentVersion> all() {
        return catalog.all();
    }

    @Transactional
    public Instrument instrument(String code, String version) {
        return catalog.instrument(code, version).orElseThrow(() -> new RecordNotFound("Instrument", code + "/" + version));
    }

    @Transactional
    public InstrumentVersion version(String code, String version) {
        return catalog.find(code, version).orElseThrow(() -> new RecordNotFound("Instrument", code + "/" + version));
    }

    /** An administrator uploads a definition; it becomes the current version of its code. */
    @Transactional
    public InstrumentVersion upload(String json) {
        scope.requireRole(Role.ADMIN);
        InstrumentVersion v = store(json, InstrumentVersion.Source.UPLOADED, scope.actor().username(), true);
        audit.record(AuditAction.CREATE, "Instrument", v.getCode() + "/" + v.getVersion(), "instrument version uploaded");
        return v;
    }

    /**
     * Validates and stores a definition. The same code and version with the same content is accepted and only
     * becomes current again; with different content it is refused (a stored version never changes).
     */
    public Optional<InstrumentVersion> loadBundled(String json) {
        Instrument in = InstrumentReader.read(json);
        if (catalog.find(in.code(), in.version()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(store(json, InstrumentVersion.Source.BUNDLED, "system", true));
    }

    private InstrumentVersion store(String json, InstrumentVersion.Source source, String by, boolean makeCurrent) {
        Instrument in = InstrumentReader.read(json);
        String sha = sha256(json);
        Optional<InstrumentVersion> existing = catalog.find(in.code(), in.version());
        if (existing.isPresent()) {
            if (existing.get().getSha256().equals(sha)) {
                // the same version again: an upload makes it the current one (a way back to an earlier version)
                if (makeCurrent && !existing.get().isCurrent()) {
                    catalog.retireCurrent(in.code());
                    existing.get().makeCurrent();
                }
                return existing.get();
            }
            throw new InstrumentRejected(List.of(new InstrumentProblem("$.version",
                    "risk.instrument.error.versionExists", in.code(), in.version())));
        }
        InstrumentVersion v = new InstrumentVersion(in.code(), in.version(), in.kind(), in.title(true), json, sha,
                source, by, Instant.now());
        if (makeCurrent) {
            catalog.retireCurrent(in.code());
            v.makeCurrent();
        }
        catalog.store(v);
        return v;
    }

    /** Of the definition with line ends and surrounding blanks normalised (a file saved on Windows is the same). */
    static String sha256(String raw) {
        String s = raw.strip().replace("\r\n", "\n");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
