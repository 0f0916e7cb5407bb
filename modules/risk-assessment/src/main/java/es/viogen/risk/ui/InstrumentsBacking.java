package es.viogen.risk.ui;

import es.viogen.platform.api.Texts;
import es.viogen.risk.boundary.InstrumentLibrary;
import es.viogen.risk.control.InstrumentProblem;
import es.viogen.risk.control.InstrumentRejected;
import es.viogen.risk.entity.InstrumentVersion;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Administrators: the instrument versions and the upload of a new one. The file is read in the browser into the
 * definition field and validated here as a whole; a malformed file is refused listing each problem and changes
 * nothing.
 */
@Named("instruments")
@ViewScoped
public class InstrumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InstrumentLibrary library;

    @Inject
    Texts texts;

    private String definition;
    private List<InstrumentVersion> versions;

    public List<InstrumentVersion> getVersions() {
        if (versions == null) {
            versions = library.all();
        }
        return versions;
    }

    public void upload() {
        FacesContext fc = FacesContext.getCurrentInstance();
        try {
            InstrumentVersion v = library.upload(definition);
            versions = null;
            definition = null;
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    texts.get("risk.admin.uploaded", v.getCode(), v.getVersion()), null));
        } catch (InstrumentRejected e) {
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get("risk.admin.rejected", e.problems().size()), null));
            for (InstrumentProblem p : e.problems()) {
                fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p.path() + ": "
                        + texts.get(p.messageKey(), p.args().toArray()), null));
            }
            fc.validationFailed();
        }
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }
}
