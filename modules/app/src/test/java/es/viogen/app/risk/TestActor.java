package es.viogen.app.risk;

import es.viogen.platform.api.Actor;
import es.viogen.platform.api.CurrentActor;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/** In RiskIT's deployment only: the actor the test acts as (an officer, an administrator...). */
@Alternative
@Priority(1000)
@ApplicationScoped
public class TestActor implements CurrentActor {

    private static volatile Actor actor = Actor.ANONYMOUS;

    public static void actAs(Actor a) {
        actor = a;
    }

    @Override
    public Actor get() {
        return actor;
    }

    @Override
    public boolean isAuthenticated() {
        return !actor.isAnonymous();
    }
}
