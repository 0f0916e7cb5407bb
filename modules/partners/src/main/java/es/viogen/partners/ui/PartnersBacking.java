package es.viogen.partners.ui;

import es.viogen.partners.boundary.PartnerRegistry;
import es.viogen.partners.control.Scopes;
import es.viogen.partners.entity.Partner;
import es.viogen.partners.entity.PartnerKind;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Admin screen: the partner registry (create, edit, deactivate, rotate the secret). */
@Named
@ViewScoped
public class PartnersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnerRegistry registry;

    @Inject
    Texts texts;

    private List<Partner> partners;
    private Long editingId;
    private String clientId;
    private String organisation;
    private PartnerKind kind;
    private List<String> scopes = new ArrayList<>();
    private String regionCode;
    private String provinceCode;
    private String contactEmail;
    private boolean active = true;

    public List<Partner> getPartners() {
        if (partners == null) {
            partners = registry.all();
        }
        return partners;
    }

    public PartnerKind[] getKinds() {
        return PartnerKind.values();
    }

    public List<String> getAllScopes() {
        return Scopes.ALL;
    }

    public void startNew() {
        editingId = null;
        clientId = null;
        organisation = null;
        kind = null;
        scopes = new ArrayList<>();
        regionCode = null;
        provinceCode = null;
        contactEmail = null;
        active = true;
    }

    public void edit(Partner p) {
        editingId = p.getId();
        clientId = p.getClientId();
        organisation = p.getOrganisation();
        kind = p.getKind();
        scopes = new ArrayList<>(p.scopeSet());
        regionCode = p.getRegionCode();
        provinceCode = p.getProvinceCode();
        contactEmail = p.getContactEmail();
        active = p.isActive();
    }

    public void save() {
        Territory t = new Territory(blankToNull(regionCode), blankToNull(provinceCode), null);
        if (editingId == null) {
            PartnerRegistry.IssuedSecret s = registry.register(clientId, organisation, kind, new LinkedHashSet<>(scopes), t,
                    contactEmail);
            showSecret(s);
        } else {
            registry.update(editingId, organisation, kind, new LinkedHashSet<>(scopes), t, contactEmail, active);
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("partners.saved"), null));
        }
        partners = null;
    }

    public void rotate(Partner p) {
        showSecret(registry.rotateSecret(p.getId()));
        partners = null;
    }

    private void showSecret(PartnerRegistry.IssuedSecret s) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                texts.get("partners.secretShown", s.clientId(), s.secret()), null));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getEditingId() { return editingId; }
    public String getClientId() { return clientId; }
    public void setClientId(String v) { clientId = v; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String v) { organisation = v; }
    public PartnerKind getKind() { return kind; }
    public void setKind(PartnerKind v) { kind = v; }
    public List<String> getScopes() { return scopes; }
    public void setScopes(List<String> v) { scopes = v; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String v) { regionCode = v; }
    public String getProvinceCode() { return provinceCode; }
    public void setProvinceCode(String v) { provinceCode = v; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { contactEmail = v; }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { active = v; }
}
