package es.viogen.intake.control;

import es.viogen.intake.api.PersonIdentity;
import es.viogen.intake.entity.Aggressor;
import es.viogen.intake.entity.Case;
import es.viogen.intake.entity.Identity;
import es.viogen.intake.entity.Victim;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks for the same person anywhere in the system (reference §1.3: search VioGén for existing records before
 * saving): the document exactly, or the same date of birth with a similar name.
 */
@ApplicationScoped
public class DuplicateSearch {

    @Inject
    CaseRepository repository;

    @Inject
    Units units;

    public List<DuplicateMatch> victims(PersonIdentity p) {
        return find(p, DuplicateMatch.Role.VICTIM);
    }

    public List<DuplicateMatch> aggressors(PersonIdentity p) {
        return find(p, DuplicateMatch.Role.AGGRESSOR);
    }

    /** Victims and aggressors with this document. */
    public List<DuplicateMatch> byDocument(String document) {
        String doc = IdentityDocuments.normalise(document);
        List<DuplicateMatch> out = new ArrayList<>();
        if (doc == null) {
            return out;
        }
        Map<Long, String> unitNames = new LinkedHashMap<>();
        for (Victim v : repository.victimsByDocument(doc)) {
            add(out, DuplicateMatch.Role.VICTIM, DuplicateMatch.Kind.DOCUMENT, v.getCaseId(), v.getPersonRef(), v.getIdentity(), 1.0, unitNames);
        }
        for (Aggressor a : repository.aggressorsByDocument(doc)) {
            add(out, DuplicateMatch.Role.AGGRESSOR, DuplicateMatch.Kind.DOCUMENT, a.getCaseId(), a.getPersonRef(), a.getIdentity(), 1.0, unitNames);
        }
        return out;
    }

    List<DuplicateMatch> find(PersonIdentity p, DuplicateMatch.Role role) {
        List<DuplicateMatch> out = new ArrayList<>();
        if (p == null) {
            return out;
        }
        Map<Long, String> unitNames = new LinkedHashMap<>();
        Map<Long, Boolean> seen = new LinkedHashMap<>();
        String doc = IdentityDocuments.normalise(p.documentNumber());
        if (doc != null) {
            if (role == DuplicateMatch.Role.VICTIM) {
                for (Victim v : repository.victimsByDocument(doc)) {
                    seen.put(v.getId(), true);
                    add(out, role, DuplicateMatch.Kind.DOCUMENT, v.getCaseId(), v.getPersonRef(), v.getIdentity(), 1.0, unitNames);
                }
            } else {
                for (Aggressor a : repository.aggressorsByDocument(doc)) {
                    seen.put(a.getId(), true);
                    add(out, role, DuplicateMatch.Kind.DOCUMENT, a.getCaseId(), a.getPersonRef(), a.getIdentity(), 1.0, unitNames);
                }
            }
        }
        if (p.birthDate() != null && p.firstName() != null && p.lastName1() != null) {
            String key = PersonNames.key(p.firstName(), p.lastName1(), p.lastName2());
            if (role == DuplicateMatch.Role.VICTIM) {
                for (Victim v : repository.victimsBornOn(p.birthDate())) {
                    double s = PersonNames.similarity(key, v.getIdentity().getNameKey());
                    if (!seen.containsKey(v.getId()) && s >= PersonNames.MATCH_THRESHOLD) {
                        add(out, role, DuplicateMatch.Kind.NAME_AND_BIRTH_DATE, v.getCaseId(), v.getPersonRef(), v.getIdentity(), s, unitNames);
                    }
                }
            } else {
                for (Aggressor a : repository.aggressorsBornOn(p.birthDate())) {
                    double s = PersonNames.similarity(key, a.getIdentity().getNameKey());
                    if (!seen.containsKey(a.getId()) && s >= PersonNames.MATCH_THRESHOLD) {
                        add(out, role, DuplicateMatch.Kind.NAME_AND_BIRTH_DATE, a.getCaseId(), a.getPersonRef(), a.getIdentity(), s, unitNames);
                    }
                }
            }
        }
        out.sort((x, y) -> Double.compare(y.getSimilarity(), x.getSimilarity()));
        return out;
    }

    private void add(List<DuplicateMatch> out, DuplicateMatch.Role role, DuplicateMatch.Kind kind, long caseId,
                     long personRef, Identity id, double similarity, Map<Long, String> unitNames) {
        Case c = repository.find(caseId).orElse(null);
        if (c == null) {
            return;
        }
        String unitName = unitNames.computeIfAbsent(c.getUnitId(),
                u -> units.find(u).map(UnitView::name).orElse(String.valueOf(u)));
        out.add(new DuplicateMatch(role, kind, caseId, c.getCaseNumber(), c.getUnitId(), unitName, personRef,
                id.fullName(), id.getBirthDate(), similarity));
    }
}
