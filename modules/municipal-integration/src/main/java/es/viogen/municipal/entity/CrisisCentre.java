package es.viogen.municipal.entity;

import es.viogen.platform.api.Territory;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A 24-hour crisis centre (in Castilla y León, a "punto Atiendo") and the services it offers. */
@Entity
@Table(name = "crisis_centre", schema = "municipal")
public class CrisisCentre {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "ine_code", nullable = false, length = 5)
    private String ineCode;

    @Column(name = "region_code", nullable = false, length = 2)
    private String regionCode;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    private String address;
    private String phone;
    private String email;

    @Column(name = "open_24h", nullable = false)
    private boolean open24h = true;

    private String hours;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "crisis_centre_service", schema = "municipal", joinColumns = @JoinColumn(name = "centre_id"))
    private List<CentreService> services = new ArrayList<>();

    @Version
    private long version;

    protected CrisisCentre() {
    }

    public CrisisCentre(String code, String name, String ineCode, Territory territory, String address, String phone,
                        String email, boolean open24h, String hours) {
        this.code = code;
        this.name = name;
        this.ineCode = ineCode;
        this.regionCode = territory.regionCode();
        this.provinceCode = territory.provinceCode();
        this.address = address;
        this.phone = phone;
        this.email = email;
        this.open24h = open24h;
        this.hours = hours;
    }

    public void offer(CrisisService service, String serviceHours) {
        services.removeIf(s -> s.getService() == service);
        services.add(new CentreService(service, serviceHours));
    }

    public boolean offers(CrisisService service) {
        return services.stream().anyMatch(s -> s.getService() == service);
    }

    /** Basic-portfolio services the centre does not offer (should be none). */
    public Set<CrisisService> missingBasicServices() {
        Set<CrisisService> missing = EnumSet.noneOf(CrisisService.class);
        for (CrisisService s : CrisisService.values()) {
            if (s.isBasic() && !offers(s)) {
                missing.add(s);
            }
        }
        return missing;
    }

    public Territory territory() {
        return new Territory(regionCode, provinceCode, ineCode);
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

    public String getIneCode() {
        return ineCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public boolean isOpen24h() {
        return open24h;
    }

    public String getHours() {
        return hours;
    }

    public boolean isActive() {
        return active;
    }

    public List<CentreService> getServices() {
        return services;
    }
}
