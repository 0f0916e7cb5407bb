package es.viogen.municipal.ui;

import es.viogen.municipal.boundary.ImportProgress;
import es.viogen.municipal.boundary.MunicipalRegistry;
import es.viogen.municipal.boundary.RegistryImportJob;
import es.viogen.municipal.control.RegistryRow;
import es.viogen.municipal.control.RegistryStore;
import es.viogen.municipal.entity.ImportRun;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Admin re-import of the registry: the uploaded CSV is validated in full first (refused with the reasons and nothing
 * changed), then applied in one transaction in the background while a progress bar follows it; a summary follows.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MunicipalRegistry registry;

    @Inject
    ImportProgress progress;

    @Inject
    AccessScope scope;

    @Inject
    Texts texts;

    @Inject
    RegistryImportJob job;

    private String jobId;
    private String fileName;
    private boolean refused;

    public void upload(FileUploadEvent event) {
        scope.requireRole(Role.ADMIN);
        FacesContext fc = FacesContext.getCurrentInstance();
        if (jobId != null && !isRunning()) {
            progress.forget(jobId);
            jobId = null;
        }
        fileName = event.getFile().getFileName();
        refused = false;
        List<RegistryRow> rows;
        try (InputStream in = event.getFile().getInputStream()) {
            rows = registry.validate(in);
        } catch (InvalidInput e) {
            refused = true;
            fc.addMessage("messages", new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("municipal.import.refused"), null));
            for (FieldError fe : e.fieldErrors()) {
                fc.addMessage("messages", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        texts.get(fe.messageKey(), fe.args().toArray()), null));
            }
            return;
        } catch (IOException e) {
            refused = true;
            fc.addMessage("messages", new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("municipal.import.unreadable"), null));
            return;
        }
        Actor actor = scope.actor();
        String id = UUID.randomUUID().toString();
        progress.start(id, rows.size());
        jobId = id;
        job.run(id, actor, fileName, rows);
    }

    public int getPercent() {
        ImportProgress.Job j = progress.get(jobId);
        if (j == null) {
            // a refused file stops the bar at once
            return refused ? 100 : 0;
        }
        return j.finished() ? 100 : Math.min(99, j.percent());
    }

    public ImportProgress.Job getJob() {
        return progress.get(jobId);
    }

    public boolean isRunning() {
        ImportProgress.Job j = progress.get(jobId);
        return j != null && !j.finished();
    }

    public String getSummaryText() {
        ImportProgress.Job j = progress.get(jobId);
        if (j == null || !j.finished()) {
            return null;
        }
        if (j.failureKey() != null) {
            return texts.get(j.failureKey());
        }
        RegistryStore.Summary s = j.summary();
        return texts.get("municipal.import.summary", fileName, s.read(), s.added(), s.updated(), s.unchanged());
    }

    public List<String> getChanges() {
        ImportProgress.Job j = progress.get(jobId);
        return j == null || j.summary() == null ? List.of() : j.summary().changes();
    }

    public List<ImportRun> getRuns() {
        return registry.importRuns();
    }

    public String getRequiredColumns() {
        return String.join(",", es.viogen.municipal.control.RegistryCsv.REQUIRED);
    }

    public boolean isRefused() {
        return refused;
    }

    public String getJobId() {
        return jobId;
    }
}
