package es.viogen.platform.ui;

import es.viogen.platform.api.Territory;
import es.viogen.platform.api.Texts;
import es.viogen.platform.api.UnitKind;
import es.viogen.platform.boundary.UserAdministration;
import es.viogen.platform.entity.Unit;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Admin screen: units and their territory. */
@Named
@ViewScoped
public class UnitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration admin;

    @Inject
    Texts texts;

    private List<Unit> units;
    private Long editingId;
    private String code;
    private String name;
    private UnitKind kind;
    private String regionCode;
    private String provinceCode;
    private String municipalityCode;
    private boolean active = true;

    public List<Unit> getUnits() {
        if (units == null) {
            units = admin.units();
        }
        return units;
    }

    public UnitKind[] getKinds() {
        return UnitKind.values();
    }

    public void startNew() {
        editingId = null;
        code = null;
        name = null;
        kind = null;
        regionCode = null;
        provinceCode = null;
        municipalityCode = null;
        active = true;
    }

    public void edit(Unit u) {
        editingId = u.getId();
        code = u.getCode();
        name = u.getName();
        kind = u.getKind();
        regionCode = u.getRegionCode();
        provinceCode = u.getProvinceCode();
        municipalityCode = u.getMunicipalityCode();
        active = u.isActive();
    }

    public void save() {
        Territory t = new Territory(blankToNull(regionCode), blankToNull(provinceCode), blankToNull(municipalityCode));
        if (editingId == null) {
            admin.createUnit(code, name, kind, t);
        } else {
            admin.updateUnit(editingId, name, active, t);
        }
        units = null;
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("admin.saved"), null));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
