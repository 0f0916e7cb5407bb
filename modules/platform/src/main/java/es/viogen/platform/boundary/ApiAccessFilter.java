package es.viogen.platform.boundary;

import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.RequiresScope;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Default-deny for the REST API (runs before Jersey's own roles filter, so a missing token is 401, not 403): an operation needs {@code @PermitAll} or a valid token (401 otherwise) with one of
 * its {@code @RolesAllowed} roles and, for partners, its {@link RequiresScope} scope (403 otherwise).
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class ApiAccessFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Inject
    AuditLog audit;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (method == null) {
            return;
        }
        if (method.isAnnotationPresent(PermitAll.class)
                || !method.isAnnotationPresent(RolesAllowed.class) && type.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        SecurityContext sc = request.getSecurityContext();
        if (sc.getUserPrincipal() == null) {
            request.abortWith(Problems.response(401, "UNAUTHORIZED", "No autorizado",
                    "Se necesita un token Bearer válido.", null));
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        boolean denyAll = method.isAnnotationPresent(DenyAll.class) || roles == null;
        if (denyAll || Arrays.stream(roles.value()).noneMatch(sc::isUserInRole)) {
            forbid(request, "role");
            return;
        }
        RequiresScope scope = method.getAnnotation(RequiresScope.class);
        if (scope == null) {
            scope = type.getAnnotation(RequiresScope.class);
        }
        if (scope != null && sc.getUserPrincipal() instanceof PartnerPrincipal p && !p.scopes().contains(scope.value())) {
            forbid(request, "scope " + scope.value());
        }
    }

    private void forbid(ContainerRequestContext request, String what) {
        audit.record(AuditAction.ACCESS_DENIED, "api", request.getMethod() + " /" + request.getUriInfo().getPath(),
                "missing " + what);
        request.abortWith(Problems.response(403, "FORBIDDEN", "Prohibido",
                "No tiene permiso para esta operación.", null));
    }
}
