package es.viogen.municipal.boundary;

import es.viogen.municipal.control.RegistryRow;
import es.viogen.municipal.control.RegistryStore;
import es.viogen.platform.api.Actor;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies a validated registry file in the background (an EJB asynchronous call, so it runs on a container thread with
 * a proper transaction context) and reports progress to {@link ImportProgress}.
 */
@Stateless
public class RegistryImportJob {

    private static final Logger LOG = Logger.getLogger(RegistryImportJob.class.getName());

    @Inject
    MunicipalRegistry registry;

    @Inject
    ImportProgress progress;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(String jobId, Actor actor, String fileName, List<RegistryRow> rows) {
        try {
            RegistryStore.Summary s = registry.apply(actor, fileName, rows, n -> progress.advance(jobId, n));
            progress.finish(jobId, s);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Registry import failed; nothing was changed", e);
            progress.fail(jobId, "municipal.import.failed");
        }
    }
}
