package es.viogen.platform.boundary;

import es.viogen.platform.api.Actor;
import es.viogen.platform.api.CurrentActor;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Territory;
import es.viogen.platform.entity.UserAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Set;

/** The actor of the current request, resolved once per request from the authenticated principal. */
@RequestScoped
public class RequestActor implements CurrentActor {

    @Inject
    SecurityContext securityContext;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    private Actor actor;

    @Override
    public Actor get() {
        if (actor == null) {
            actor = resolve();
        }
        return actor;
    }

    @Override
    public boolean isAuthenticated() {
        return !get().isAnonymous();
    }

    private Actor resolve() {
        Principal principal;
        try {
            principal = securityContext.getCallerPrincipal();
        } catch (IllegalStateException noCaller) {
            // inside a container lifecycle callback (startup singleton, timer): no person or partner is calling
            return Actor.SYSTEM;
        }
        if (principal == null) {
            return Actor.ANONYMOUS;
        }
        if (principal instanceof PartnerPrincipal p) {
            return new Actor(p.getName(), p.organisation(), Role.PARTNER, null, null,
                    new Territory(p.regionCode(), p.provinceCode(), null), p.scopes());
        }
        UserAccount user = em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :u", UserAccount.class)
                .setParameter("u", principal.getName()).getResultStream().findFirst().orElse(null);
        if (user == null || !user.isActive()) {
            return Actor.ANONYMOUS;
        }
        return new Actor(user.getUsername(), user.getFullName(), user.getRole(), user.getUnit().getId(),
                user.getUnit().getName(), user.getUnit().territory(), Set.of());
    }
}
