package es.viogen.partners.control;

import es.viogen.platform.api.PartnerClients;
import es.viogen.platform.api.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Set;

/**
 * The partners registry's link to the platform's partner credentials, through the platform's published
 * {@link PartnerClients} API (which hashes secrets, validates, audits and checks the administrator's role).
 * The registry keeps its own record (kind, contact, rotation dates) in schema {@code partners}.
 */
@ApplicationScoped
public class PlatformPartnerClients {

    @Inject
    PartnerClients clients;

    @PersistenceContext(unitName = "partners")
    EntityManager em;

    public boolean exists(String clientId) {
        return clients.find(clientId).isPresent();
    }

    public void create(String clientId, String organisation, String kind, String secret, Set<String> scopes,
                       Territory territory) {
        clients.register(clientId, organisation, kind, scopes, territory, secret);
    }

    public void update(String clientId, String organisation, String kind, Set<String> scopes, Territory territory,
                       boolean active) {
        clients.update(clientId, organisation, kind, scopes, territory, active);
    }

    public void rotateSecret(String clientId, String secret) {
        clients.rotateSecret(clientId, secret);
    }

    /** Brings clients the platform created itself (e.g. its demo partner) into the partners registry. */
    public int importMissingIntoRegistry() {
        int imported = 0;
        for (PartnerClients.PartnerClientView c : clients.all()) {
            imported += em.createNativeQuery("INSERT INTO partners.partner (client_id, organisation, kind, scopes, "
                            + "region_code, province_code, active, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, now()) "
                            + "ON CONFLICT (client_id) DO NOTHING")
                    .setParameter(1, c.clientId()).setParameter(2, c.organisation()).setParameter(3, c.kind())
                    .setParameter(4, String.join(" ", c.scopes())).setParameter(5, c.territory().regionCode())
                    .setParameter(6, c.territory().provinceCode()).setParameter(7, c.active())
                    .executeUpdate();
        }
        return imported;
    }
}
