package es.viogen.risk.ui;

import es.viogen.platform.api.Texts;
import es.viogen.risk.boundary.LevelDrops;
import es.viogen.risk.entity.LevelDrop;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisor's inbox ({@code /risk/level-drops.xhtml}): proposals to lower a case's level that await her (her
 * unit's; a regional unit's territory), each with the officer's reason and approve / refuse with a reason.
 */
@Named("levelDrops")
@ViewScoped
public class LevelDropsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LevelDrops drops;

    @Inject
    Texts texts;

    private List<LevelDrop> pending;
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void init() {
        pending = drops.awaitingMe();
    }

    public void approve(long id) {
        decide(id, true);
    }

    public void refuse(long id) {
        decide(id, false);
    }

    private void decide(long id, boolean approve) {
        LevelDrop d = drops.decide(id, approve, reasons.get(id));
        String level = texts.get("riskLevel." + (approve ? d.getToLevel() : d.getFromLevel()).name());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.get(approve ? "risk.drop.approved" : "risk.drop.refused", level), null));
        reasons.remove(id);
        pending = drops.awaitingMe();
    }

    public List<LevelDrop> getPending() {
        return pending;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
