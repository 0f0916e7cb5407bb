package es.viogen.municipal.ui;

import es.viogen.municipal.boundary.CrisisCentreDirectory;
import es.viogen.municipal.entity.CrisisCentre;
import es.viogen.municipal.entity.CrisisService;
import es.viogen.municipal.entity.Referral;
import es.viogen.municipal.entity.ReferralStatus;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Crisis centres: directory and portfolio; referrals from a case with the victim's consent, and their status. */
@Named
@ViewScoped
public class CrisisCentresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CrisisCentreDirectory directory;

    @Inject
    AccessScope scope;

    @Inject
    Texts texts;

    private String regionCode;
    private transient List<CrisisCentre> centres;
    /** The referrals, filtered and paged by the directory's query (only those in the actor's scope). */
    private final LazyDataModel<Referral> referrals = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return isCanRefer() ? (int) Math.min(Integer.MAX_VALUE, directory.countReferrals(searchCaseId)) : 0;
        }

        @Override
        public List<Referral> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return isCanRefer() ? directory.referrals(searchCaseId, first, pageSize) : List.of();
        }

        @Override
        public String getRowKey(Referral r) {
            return Long.toString(r.getId());
        }
    };
    private Long caseId;
    private Long centreId;
    private CrisisService service;
    private boolean consent;
    private LocalDate consentOn = LocalDate.now(ZoneId.of("Europe/Madrid"));
    private String note;
    private Long searchCaseId;

    @PostConstruct
    void init() {
        regionCode = RegionChoice.of(scope.actor());
    }

    public List<CrisisCentre> getCentres() {
        if (centres == null) {
            centres = directory.centres(regionCode, null);
        }
        return centres;
    }

    public List<CrisisService> getBasicPortfolio() {
        return Arrays.stream(CrisisService.values()).filter(CrisisService::isBasic).toList();
    }

    public List<CrisisService> getServices() {
        return Arrays.asList(CrisisService.values());
    }

    public String centreName(long id) {
        Map<Long, CrisisCentre> byId = getCentres().stream().collect(Collectors.toMap(CrisisCentre::getId, Function.identity()));
        CrisisCentre c = byId.get(id);
        return c == null ? Long.toString(id) : c.getName();
    }

    public boolean isCanRefer() {
        return scope.actor().hasRole(Role.REGIONAL_UNIT);
    }

    public LazyDataModel<Referral> getReferrals() {
        return referrals;
    }

    public void refer() {
        Referral r = directory.refer(caseId, centreId, service, consent, consentOn, note);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.get("municipal.referral.saved", r.getId()), null));
        caseId = null;
        centreId = null;
        service = null;
        consent = false;
        note = null;
    }

    public void search() {
    }

    public void changeStatus(long referralId, ReferralStatus status) {
        directory.changeStatus(referralId, status);
    }

    public ReferralStatus[] getStatuses() {
        return new ReferralStatus[]{ReferralStatus.ACCEPTED, ReferralStatus.ATTENDED, ReferralStatus.CLOSED, ReferralStatus.DECLINED};
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public CrisisService getService() {
        return service;
    }

    public void setService(CrisisService service) {
        this.service = service;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public void setConsentOn(LocalDate consentOn) {
        this.consentOn = consentOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getSearchCaseId() {
        return searchCaseId;
    }

    public void setSearchCaseId(Long searchCaseId) {
        this.searchCaseId = searchCaseId;
    }
}
