package es.viogen.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The partners' REST API, under {@code /api/v1}. Resources live in the modules' boundary packages. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "VioGén API", version = "1",
        description = "API para organismos colaboradores (juzgados, fiscalía, instituciones penitenciarias, oficinas de "
                + "asistencia a las víctimas). Autenticación: token Bearer (MicroProfile JWT) obtenido en "
                + "POST /api/v1/auth/token. Errores: application/problem+json (RFC 9457)."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class ViogenApi extends Application {
}
