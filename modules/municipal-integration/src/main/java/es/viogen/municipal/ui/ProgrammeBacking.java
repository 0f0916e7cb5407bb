package es.viogen.municipal.ui;

import es.viogen.municipal.boundary.ProgrammeList;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Computed eligibility beside the programme list, the discrepancies, and include/exclude decisions. */
@Named
@ViewScoped
public class ProgrammeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeList programme;

    @Inject
    AccessScope scope;

    @Inject
    Texts texts;

    private String regionCode;
    private transient List<ProgrammeList.Row> rows;
    private boolean onlyDiscrepancies;
    private String ine;
    private boolean include = true;
    private String reason;

    @PostConstruct
    void init() {
        regionCode = RegionChoice.of(scope.actor());
    }

    private List<ProgrammeList.Row> all() {
        if (rows == null) {
            rows = programme.rows(regionCode);
        }
        return rows;
    }

    public List<ProgrammeList.Row> getRows() {
        return onlyDiscrepancies ? getDiscrepancies() : all();
    }

    public List<ProgrammeList.Row> getDiscrepancies() {
        return all().stream().filter(r -> r.discrepancy() != null).toList();
    }

    public long getInProgramme() {
        return all().stream().filter(r -> Boolean.TRUE.equals(r.programme())).count();
    }

    public long getEligible() {
        return all().stream().filter(ProgrammeList.Row::eligible).count();
    }

    public void edit(String code) {
        this.ine = code;
        this.reason = null;
        this.include = all().stream().filter(r -> r.ineCode().equals(code)).findFirst()
                .map(r -> !Boolean.TRUE.equals(r.programme())).orElse(true);
    }

    public void decide() {
        programme.decide(ine, include, reason);
        rows = null;
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("admin.saved"), null));
    }

    public boolean isOnlyDiscrepancies() {
        return onlyDiscrepancies;
    }

    public void setOnlyDiscrepancies(boolean onlyDiscrepancies) {
        this.onlyDiscrepancies = onlyDiscrepancies;
    }

    public String getIne() {
        return ine;
    }

    public void setIne(String ine) {
        this.ine = ine;
    }

    public boolean isInclude() {
        return include;
    }

    public void setInclude(boolean include) {
        this.include = include;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
