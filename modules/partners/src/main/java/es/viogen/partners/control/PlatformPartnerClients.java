package es.viogen.partners.control;

import es.viogen.platform.api.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Set;

/**
 * ====================================================================================================================
 * TEMPORARY BRIDGE INTO THE PLATFORM'S SCHEMA. This is the ONLY class of the partners module that touches
 * {@code platform.partner_client} (the table the platform's token endpoint authenticates partners against).
 * It writes through native SQL because the platform publishes no API for partner clients yet. Once the platform
 * offers one (e.g. {@code PartnerClients.create/rotateSecret/update}), replace the body of each method with a call
 * to it and delete the SQL. Runs inside the caller's transaction (callers are the registry facades in boundary).
 * ====================================================================================================================
 */
@ApplicationScoped
public class PlatformPartnerClients {

    @PersistenceContext(unitName = "partners")
    EntityManager em;

    public boolean exists(String clientId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM platform.partner_client WHERE client_id = ?1")
                .setParameter(1, clientId).getSingleResult()).longValue() > 0;
    }

    public void create(String clientId, String organisation, String kind, String secretHash, Set<String> scopes,
                       Territory territory) {
        em.createNativeQuery("INSERT INTO platform.partner_client (client_id, organisation, kind, secret_hash, scopes, "
                        + "region_code, province_code, active) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, true)")
                .setParameter(1, clientId).setParameter(2, organisation).setParameter(3, kind)
                .setParameter(4, secretHash).setParameter(5, String.join(" ", scopes))
                .setParameter(6, territory.regionCode()).setParameter(7, territory.provinceCode())
                .executeUpdate();
    }

    public void update(String clientId, String organisation, String kind, Set<String> scopes, Territory territory,
                       boolean active) {
        em.createNativeQuery("UPDATE platform.partner_client SET organisation = ?2, kind = ?3, scopes = ?4, "
                        + "region_code = ?5, province_code = ?6, active = ?7, version = version + 1 WHERE client_id = ?1")
                .setParameter(1, clientId).setParameter(2, organisation).setParameter(3, kind)
                .setParameter(4, String.join(" ", scopes)).setParameter(5, territory.regionCode())
                .setParameter(6, territory.provinceCode()).setParameter(7, active)
                .executeUpdate();
    }

    public void rotateSecret(String clientId, String secretHash) {
        em.createNativeQuery("UPDATE platform.partner_client SET secret_hash = ?2, version = version + 1 "
                        + "WHERE client_id = ?1")
                .setParameter(1, clientId).setParameter(2, secretHash).executeUpdate();
    }

    /** Brings clients the platform created itself (e.g. its demo partner) into the partners registry. */
    public int importMissingIntoRegistry() {
        return em.createNativeQuery("INSERT INTO partners.partner (client_id, organisation, kind, scopes, region_code, "
                        + "province_code, active, created_at) SELECT c.client_id, c.organisation, c.kind, c.scopes, "
                        + "c.region_code, c.province_code, c.active, c.created_at FROM platform.partner_client c "
                        + "ON CONFLICT (client_id) DO NOTHING")
                .executeUpdate();
    }
}
