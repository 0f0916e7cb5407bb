package es.viogen.app.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * Arquillian deployments: the whole built WAR (the real wiring, persistence units and migrations), plus the test
 * support classes and a configuration source that points it at the tests' own PostgreSQL database.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive wholeApplication() {
        String war = System.getProperty("viogen.war", "target/viogen.war");
        String jdbcUrl = TestEnvironment.database().arquillianJdbcUrl();
        JavaArchive config = ShrinkWrap.create(JavaArchive.class, "zz-test-config.jar")
                .addAsManifestResource(new StringAsset(String.join("\n",
                        "config_ordinal=500",
                        "viogen.mode=demo",
                        "viogen.db.url=" + jdbcUrl,
                        "viogen.db.user=postgres",
                        "viogen.db.password=postgres",
                        "viogen.scheduler.enabled=false")), "microprofile-config.properties");
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "viogen.war").importFrom(new File(war)).as(WebArchive.class);
        // Arquillian's test runner servlet must be reachable without a login (the app denies by default)
        String webXml;
        try (var in = archive.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        webXml = webXml.replace("<url-pattern>/login.xhtml</url-pattern>", "<url-pattern>/login.xhtml</url-pattern>"
                + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern><url-pattern>/ArquillianServletRunner</url-pattern>");
        archive.delete("WEB-INF/web.xml");
        archive.setWebXML(new StringAsset(webXml));
        return archive
                .addAsLibrary(config)
                .addClass(Deployments.class)
                .addClass(TestEnvironment.class);
    }
}
