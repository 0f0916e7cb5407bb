package es.viogen.municipal.boundary;

import es.viogen.municipal.api.CoverageQueries;
import es.viogen.municipal.api.CoverageView;
import es.viogen.municipal.control.CoverageFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coverage: integrated municipalities over those in the region's programme list, for a region and each of its
 * provinces, read live from the adhesion records (so an integration shows at once).
 */
@ApplicationScoped
public class CoverageService implements CoverageQueries {

    /** One programme municipality with its adhesion stage. */
    public record ProgrammeTown(String ineCode, String name, String provinceCode, String provinceName, int population,
                                boolean hasLocalPolice, String status, Double lat, Double lon) {
        public boolean isIntegrated() {
            return "INTEGRATED".equals(status);
        }

        public String getIneCode() {
            return ineCode;
        }

        public String getName() {
            return name;
        }

        public String getProvinceName() {
            return provinceName;
        }

        public int getPopulation() {
            return population;
        }

        public String getStatus() {
            return status;
        }
    }

    /** A region's or province's coverage with names, for pages, REST and exports. */
    public record Report(String regionCode, String regionName, String provinceCode, String provinceName, int programme,
                         int integrated, double percentage, List<ProgrammeTown> pending,
                         CoverageFigures.Progress progress) {
        public CoverageView view() {
            return new CoverageView(regionCode, provinceCode, programme, integrated, percentage,
                    pending.stream().map(ProgrammeTown::ineCode).toList());
        }

        public int getProgramme() {
            return programme;
        }

        public int getIntegrated() {
            return integrated;
        }

        public double getPercentage() {
            return percentage;
        }

        public String getProvinceName() {
            return provinceName;
        }

        public String getProvinceCode() {
            return provinceCode;
        }

        public List<ProgrammeTown> getPending() {
            return pending;
        }
    }

    @PersistenceContext(unitName = "municipal")
    EntityManager em;

    /** Every municipality in the region's programme list (included), with its stage; ordered by province and name. */
    @Transactional
    public List<ProgrammeTown> programme(String regionCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT m.ine_code, m.name, m.province_code, m.province_name, "
                        + "m.population, m.has_local_police, COALESCE(a.status, 'NOT_STARTED'), m.lat, m.lon "
                        + "FROM municipal.programme_entry p JOIN municipal.municipality m ON m.ine_code = p.ine_code "
                        + "LEFT JOIN municipal.adhesion a ON a.ine_code = p.ine_code "
                        + "WHERE p.included AND m.region_code = ?1 ORDER BY m.province_code, m.name")
                .setParameter(1, regionCode).getResultList();
        List<ProgrammeTown> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new ProgrammeTown((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    ((Number) r[4]).intValue(), (Boolean) r[5], (String) r[6],
                    r[7] == null ? null : ((Number) r[7]).doubleValue(), r[8] == null ? null : ((Number) r[8]).doubleValue()));
        }
        return out;
    }

    @Transactional
    public Report regionReport(String regionCode) {
        List<ProgrammeTown> towns = programme(regionCode);
        return report(regionCode, regionName(regionCode), null, null, towns);
    }

    @Transactional
    public List<Report> provinceReports(String regionCode) {
        Map<String, List<ProgrammeTown>> byProvince = new LinkedHashMap<>();
        for (ProgrammeTown t : programme(regionCode)) {
            byProvince.computeIfAbsent(t.provinceCode(), k -> new ArrayList<>()).add(t);
        }
        String name = regionName(regionCode);
        List<Report> out = new ArrayList<>();
        byProvince.forEach((p, towns) -> out.add(report(regionCode, name, p, towns.get(0).provinceName(), towns)));
        return out;
    }

    @Transactional
    public Report provinceReport(String provinceCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> r = em.createNativeQuery("SELECT region_code, province_name FROM municipal.municipality "
                + "WHERE province_code = ?1 LIMIT 1").setParameter(1, provinceCode).getResultList();
        if (r.isEmpty()) {
            throw new es.viogen.platform.api.RecordNotFound("Province", provinceCode);
        }
        String region = (String) r.get(0)[0];
        List<ProgrammeTown> towns = programme(region).stream().filter(t -> t.provinceCode().equals(provinceCode)).toList();
        return report(region, regionName(region), provinceCode, (String) r.get(0)[1], towns);
    }

    /** Coverage if the chosen pending municipalities joined as well. */
    @Transactional
    public Report whatIf(String regionCode, String provinceCode, Collection<String> joining) {
        Set<String> join = new HashSet<>(joining == null ? List.of() : joining);
        List<ProgrammeTown> towns = programme(regionCode).stream()
                .filter(t -> provinceCode == null || t.provinceCode().equals(provinceCode))
                .map(t -> join.contains(t.ineCode()) && !t.isIntegrated()
                        ? new ProgrammeTown(t.ineCode(), t.name(), t.provinceCode(), t.provinceName(), t.population(),
                        t.hasLocalPolice(), "INTEGRATED", t.lat(), t.lon()) : t)
                .toList();
        return report(regionCode, regionName(regionCode), provinceCode, null, towns);
    }

    public boolean regionExists(String regionCode) {
        return regionName(regionCode) != null;
    }

    @Transactional
    public String regionName(String regionCode) {
        @SuppressWarnings("unchecked")
        List<String> r = em.createNativeQuery("SELECT region_name FROM municipal.municipality WHERE region_code = ?1 LIMIT 1")
                .setParameter(1, regionCode).getResultList();
        return r.isEmpty() ? null : r.get(0);
    }

    private static Report report(String region, String regionName, String province, String provinceName,
                                 List<ProgrammeTown> towns) {
        int integrated = (int) towns.stream().filter(ProgrammeTown::isIntegrated).count();
        List<ProgrammeTown> pending = towns.stream().filter(t -> !t.isIntegrated()).toList();
        return new Report(region, regionName, province, provinceName, towns.size(), integrated,
                CoverageFigures.percentage(integrated, towns.size()), pending,
                CoverageFigures.progress(integrated, towns.size(), LocalDate.now(AdhesionDesk.MADRID)));
    }

    @Override
    @Transactional
    public CoverageView region(String regionCode) {
        return regionReport(regionCode).view();
    }

    @Override
    @Transactional
    public List<CoverageView> provinces(String regionCode) {
        return provinceReports(regionCode).stream().map(Report::view).toList();
    }
}
