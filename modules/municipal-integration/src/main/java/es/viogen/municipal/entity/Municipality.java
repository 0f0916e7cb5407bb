package es.viogen.municipal.entity;

import es.viogen.municipal.api.MunicipalityView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A municipality of the INE registry, with the editable "has local police" attribute (with its source and date). */
@Entity
@Table(name = "municipality", schema = "municipal")
public class Municipality {

    @Id
    @Column(name = "ine_code", length = 5)
    private String ineCode;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_ine")
    private String nameIne;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    @Column(name = "province_name", nullable = false)
    private String provinceName;

    @Column(name = "region_code", nullable = false, length = 2)
    private String regionCode;

    @Column(name = "region_name", nullable = false)
    private String regionName;

    @Column(nullable = false)
    private int population;

    @Column(name = "population_year", nullable = false)
    private int populationYear;

    private Double lat;
    private Double lon;
    private String seat;

    @Column(name = "has_local_police", nullable = false)
    private boolean hasLocalPolice;

    @Column(name = "local_police_source")
    private String localPoliceSource;

    @Column(name = "local_police_as_of")
    private LocalDate localPoliceAsOf;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Municipality() {
    }

    /** Sets the local police attribute; the source and the date say who says so and when. */
    public void declareLocalPolice(boolean has, String source, LocalDate asOf) {
        this.hasLocalPolice = has;
        this.localPoliceSource = source;
        this.localPoliceAsOf = asOf;
        this.updatedAt = Instant.now();
    }

    public MunicipalityView view(boolean integrated) {
        return new MunicipalityView(ineCode, name, provinceCode, provinceName, regionCode, regionName, population, integrated);
    }

    public String getIneCode() {
        return ineCode;
    }

    public String getName() {
        return name;
    }

    public String getNameIne() {
        return nameIne;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getProvinceName() {
        return provinceName;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getRegionName() {
        return regionName;
    }

    public int getPopulation() {
        return population;
    }

    public int getPopulationYear() {
        return populationYear;
    }

    public Double getLat() {
        return lat;
    }

    public Double getLon() {
        return lon;
    }

    public String getSeat() {
        return seat;
    }

    public boolean isHasLocalPolice() {
        return hasLocalPolice;
    }

    public String getLocalPoliceSource() {
        return localPoliceSource;
    }

    public LocalDate getLocalPoliceAsOf() {
        return localPoliceAsOf;
    }

    public long getVersion() {
        return version;
    }
}
