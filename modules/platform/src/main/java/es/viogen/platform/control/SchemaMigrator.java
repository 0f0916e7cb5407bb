package es.viogen.platform.control;

import es.viogen.platform.api.ModuleDescriptor;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.List;
import java.util.logging.Logger;

/**
 * Migrates each module's schema ({@link ModuleDescriptor}: the schema its {@code @ApplicationModule} names, migrations
 * in {@code db/<schema>}) with its own Flyway history table, in the order given (a module after those it may use). Flyway takes a PostgreSQL
 * advisory lock, so two instances starting together do not migrate twice.
 */
public final class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private SchemaMigrator() {
    }

    public static void migrate(DataSource dataSource, List<ModuleDescriptor> modules, ClassLoader loader) {
        modules.stream().filter(ModuleDescriptor::hasSchema).forEach(s -> {
            MigrateResult result = Flyway.configure(loader)
                    .dataSource(dataSource)
                    .schemas(s.schema())
                    .createSchemas(true)
                    .table("flyway_history")
                    .locations(s.migrations())
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
            LOG.info(() -> "Schema " + s.schema() + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                    + (result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion));
        });
    }
}
