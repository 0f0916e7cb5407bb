package es.viogen.platform.entity;

import java.io.Serializable;

import es.viogen.platform.api.Territory;
import es.viogen.platform.api.UnitKind;
import es.viogen.platform.api.UnitView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A police, coordination or administrative unit with its territory. */
@Entity
@Table(name = "unit", schema = "platform")
public class Unit implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private UnitKind kind;

    @Column(name = "region_code", length = 2)
    private String regionCode;

    @Column(name = "province_code", length = 2)
    private String provinceCode;

    @Column(name = "municipality_code", length = 5)
    private String municipalityCode;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(String code, String name, UnitKind kind, Territory territory) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        moveTo(territory);
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void moveTo(Territory territory) {
        this.regionCode = territory.regionCode();
        this.provinceCode = territory.provinceCode();
        this.municipalityCode = territory.municipalityCode();
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Territory territory() {
        return new Territory(regionCode, provinceCode, municipalityCode);
    }

    public UnitView view() {
        return new UnitView(id, code, name, kind, territory(), active);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
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

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
