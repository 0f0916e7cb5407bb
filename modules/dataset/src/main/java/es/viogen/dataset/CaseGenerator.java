package es.viogen.dataset;

import es.viogen.intake.control.PersonNames;
import es.viogen.municipal.control.RegistryRow;
import es.viogen.platform.api.RiskLevel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The cases, in the order they were opened (case id order is time order), each with everything that belongs to it:
 * victim, aggressor, minors, complaint, incidents, assessments (scored sheets), the risk in force, the follow-up read
 * model, plan measures and their executions, judicial orders, alerts, inactivation, and its audit rows.
 */
final class CaseGenerator {

    private static final String[] NATIONALITIES = {"España", "España", "España", "España", "España", "España", "España",
            "Rumanía", "Marruecos", "Colombia", "Ecuador", "Venezuela", "Bolivia", "Perú", "Bulgaria", "Honduras"};
    private static final String[] INCIDENT_TYPES = {"NEW_AGGRESSION", "THREAT", "BREACH_OF_MEASURE",
            "RELATIONSHIP_RESUMED", "VICTIM_MOVED", "AGGRESSOR_MOVED", "AGGRESSOR_UNLOCATED", "PRISON_RELEASE"};
    private static final String[] ORDER_TYPES = {"PROTECTION_ORDER", "RESTRAINING_DISTANCE", "NO_COMMUNICATION",
            "RESTRAINING_DISTANCE", "PROTECTION_ORDER", "ELECTRONIC_BRACELET"};
    private static final String[] RELATIONSHIPS = {"SPOUSE", "PARTNER", "EX_SPOUSE", "EX_PARTNER", "DATING", "EX_DATING"};
    private static final String[] CHANNELS = {"VICTIM", "VICTIM", "VICTIM", "VICTIM", "THIRD_PARTY", "EX_OFFICIO"};
    private static final Instant PROTOCOL_2019 = Instant.parse("2019-03-13T00:00:00Z");
    private static final Instant VG2 = Instant.parse("2024-01-01T00:00:00Z");

    private final NationalDataset d;
    private final AssessmentOutcomes outcomes;
    private final AssessmentOutcomes.IncidentModel incidents = AssessmentOutcomes.IncidentModel.INDEPENDENT_OF_SCORE;
    private final NationalDataset.AuditWriter audit;
    private final SplittableRandom r;
    private final long span;
    private final double[] activeWeight;
    private final double auditPerCase;

    // a ring of recent aggressors, so that about 5 % of cases name someone already known (a repeat aggressor)
    private final String[][] knownAggressors = new String[50_000][];
    private int knownCount;

    CaseGenerator(NationalDataset d, AssessmentOutcomes outcomes, NationalDataset.AuditWriter audit) {
        this.d = d;
        this.outcomes = outcomes;
        this.audit = audit;
        this.r = d.rnd.split();
        this.span = Duration.between(Instant.parse("2007-07-26T00:00:00Z"), d.now).toSeconds();
        this.activeWeight = new double[]{0};
        this.auditPerCase = (double) Math.max(0, d.o.auditRows() - d.o.users()) / d.o.cases();
    }

    /** The moment case {@code i} (0-based, of n) was opened: more cases every year (density rising 1 : 3). */
    private Instant openedAt(long i, int n, double jitter) {
        double u = (i + 0.05 + 0.9 * jitter) / n;
        // F(t) = (t + t^2) / 2 on [0, 1]  ->  t = (-1 + sqrt(1 + 8u)) / 2
        double t = (-1 + Math.sqrt(1 + 8 * u)) / 2;
        return Instant.parse("2007-07-26T00:00:00Z").plusSeconds((long) (t * span));
    }

    /** How likely a case opened {@code ageDays} ago is still active (relative weight). */
    private static double activeLikelihood(double ageDays) {
        if (ageDays < 365) {
            return 1.0;
        }
        if (ageDays < 730) {
            return 0.35;
        }
        if (ageDays < 5 * 365) {
            return 0.06;
        }
        return 0.008;
    }

    void all() {
        int n = d.o.cases();
        // scale the likelihood so that the expected number of active cases is the target
        double sum = 0;
        for (long i = 0; i < n; i++) {
            sum += activeLikelihood(Duration.between(openedAt(i, n, 0.5), d.now).toDays());
        }
        double k = d.o.activeCases() / sum;
        for (long i = 0; i < n; i++) {
            Instant opened = openedAt(i, n, r.nextDouble());
            double ageDays = Duration.between(opened, d.now).toSeconds() / 86400.0;
            boolean active = r.nextDouble() < Math.min(1, k * activeLikelihood(ageDays));
            one(i + 1, opened, active);
        }
    }

    private void one(long caseId, Instant opened, boolean active) {
        RegistryRow m = d.municipality(r);
        RiskLevel level = NationalDataset.level(active ? NationalDataset.ACTIVE_LEVELS : NationalDataset.INACTIVE_LEVELS, r);
        NationalDataset.UnitRow unit = d.units.get(d.coveringUnit.get(m.ineCode()));
        Integer lp = d.localPolice.get(m.ineCode());
        if (lp != null && level.ordinal() <= RiskLevel.MEDIO.ordinal() && opened.isAfter(d.integratedAt.get(m.ineCode()))
                && r.nextDouble() < 0.45) {
            unit = d.units.get(lp);
        }
        String unitName = unit.name();
        String caseNumber = String.format("VG-%04d-%06d", opened.atZone(ZoneOffset.UTC).getYear(), caseId);
        String creator = d.officer(unit, r);
        String role = unit.kind().equals("LOCAL_POLICE") ? "LOCAL_POLICE_OFFICER" : "POLICE_OFFICER";
        // status and the end of the active period
        Instant end;
        String status;
        Instant inactivated = null;
        LocalDate supervisedUntil = null;
        long ageDays = Duration.between(opened, d.now).toDays();
        if (active) {
            status = "ACTIVE";
            end = d.now;
        } else {
            double months = Math.exp(r.nextGaussian() * 0.9 + Math.log(5));
            long days = Math.max(1, Math.min(ageDays - 1, (long) (months * 30.4)));
            inactivated = opened.plus(days, ChronoUnit.DAYS).plusSeconds(r.nextInt(36_000));
            if (!inactivated.isBefore(d.now)) {
                inactivated = d.now.minusSeconds(3600 + r.nextInt(36_000));
            }
            end = inactivated;
            status = "INACTIVE";
            if (Duration.between(inactivated, d.now).toDays() < 180 && r.nextDouble() < 0.25) {
                status = "SUPERVISED";
                supervisedUntil = LocalDate.ofInstant(inactivated, ZoneOffset.UTC).plusMonths(6);
            }
        }
        if (end.isBefore(opened)) {
            end = opened.plusSeconds(3600);
        }

        // people
        boolean womanAggressor = r.nextDouble() < 0.0; // the cases of this system are violence against women by men
        String vFirst = Names.woman(r);
        String vLast1 = Names.surname(r);
        String vLast2 = r.nextDouble() < 0.93 ? Names.surname(r) : null;
        String[] vDoc = document(r);
        LocalDate vBirth = LocalDate.ofInstant(opened, ZoneOffset.UTC).minusYears(18 + (long) Math.abs(r.nextGaussian() * 11 + 17))
                .minusDays(r.nextInt(365));
        long vRef = ++d.personRef;
        d.victim.add(caseId).add(caseId).add(vRef).add(vFirst).add(vLast1).add(vLast2)
                .add(PersonNames.key(vFirst, vLast1, vLast2)).add(vDoc[0]).add(vDoc[1]).add(vBirth)
                .add(vDoc[0].equals("NIE") ? NATIONALITIES[7 + r.nextInt(NATIONALITIES.length - 7)] : "España")
                .add("español").add(String.format("6%08d", r.nextInt(100_000_000)))
                .add("C/ " + Names.surname(r) + " " + (1 + r.nextInt(120)) + ", " + m.name()).end();

        String[] ag;
        boolean repeat = knownCount > 1000 && r.nextDouble() < 0.05;
        if (repeat) {
            ag = knownAggressors[r.nextInt(Math.min(knownCount, knownAggressors.length))];
        } else {
            String[] doc = document(r);
            String aFirst = womanAggressor ? Names.woman(r) : Names.man(r);
            String aLast1 = Names.surname(r);
            String aLast2 = r.nextDouble() < 0.93 ? Names.surname(r) : null;
            LocalDate aBirth = vBirth.minusDays(r.nextInt(3650) - 700);
            ag = new String[]{Long.toString(++d.personRef), aFirst, aLast1, aLast2, doc[0], doc[1], aBirth.toString(),
                    doc[0].equals("NIE") ? NATIONALITIES[7 + r.nextInt(NATIONALITIES.length - 7)] : "España"};
            knownAggressors[knownCount++ % knownAggressors.length] = ag;
        }
        d.aggressor.add(caseId).add(caseId).add(Long.parseLong(ag[0])).add(ag[1]).add(ag[2]).add(ag[3])
                .add(PersonNames.key(ag[1], ag[2], ag[3])).add(ag[4]).add(ag[5]).add(LocalDate.parse(ag[6])).add(ag[7])
                .add(RELATIONSHIPS[r.nextInt(RELATIONSHIPS.length)]).add(r.nextDouble() < 0.35)
                .add(r.nextDouble() < 0.02).add(r.nextDouble() < 0.9).end();

        boolean minors = r.nextDouble() < 0.35;
        if (minors) {
            int kids = 1 + (r.nextDouble() < 0.4 ? 1 : 0);
            for (int k = 0; k < kids; k++) {
                d.minor.add(++d.minorId).add(caseId).add(r.nextBoolean() ? Names.woman(r).split(" ")[0] : Names.man(r).split(" ")[0])
                        .add(1 + r.nextInt(17)).add(r.nextDouble() < 0.85).end();
            }
        }

        String atestado = String.format(Locale.ROOT, "%d/%06d/%s", opened.atZone(ZoneOffset.UTC).getYear(), caseId % 1_000_000,
                unit.code());
        d.complaint.add(++d.complaintId).add(caseId).add(atestado).add(opened.minusSeconds(1800 + r.nextInt(7200)))
                .add(m.name()).add(m.ineCode()).add(CHANNELS[r.nextInt(CHANNELS.length)])
                .add("Denuncia por violencia de género (datos sintéticos)").add(opened).add(creator).end();
        audit.add(opened, creator, role, unit.id(), "CREATE", "Case", Long.toString(caseId), "case registered");

        // assessments: the VPR at opening, then VPERs (periodic follow-ups and after incidents) up to the end
        int n = 1;
        while (n < 60 && r.nextDouble() > 0.1266) {
            n++;
        }
        Instant lastAt;
        if (active) {
            Duration iv = d.interval.get(level);
            lastAt = d.now.minusSeconds((long) (r.nextDouble() * iv.toSeconds() * 0.95) + 600);
            if (lastAt.isBefore(opened)) {
                lastAt = opened.plusSeconds(60);
            }
        } else {
            lastAt = end.minusSeconds(3600 + r.nextInt(86_400));
            if (lastAt.isBefore(opened)) {
                lastAt = opened.plusSeconds(60);
            }
        }
        long stepSecs = n > 1 ? Math.max(60, Duration.between(opened, lastAt).toSeconds() / (n - 1)) : 0;
        RiskLevel previous = null;
        long previousId = 0;
        int atLevel = 0;
        boolean especial = false;
        boolean minorsAtRisk = false;
        boolean minorsVulnerable = false;
        Instant mediumOrAbove = null;
        int incidentsHere = 0;
        AssessmentOutcomes.Sheet prevSheet = null;
        for (int j = 0; j < n; j++) {
            boolean last = j == n - 1;
            Instant at = j == 0 ? opened.plusSeconds(600 + r.nextInt(3000)) : last ? lastAt
                    : opened.plusSeconds(stepSecs * j + r.nextInt((int) Math.max(1, Math.min(stepSecs / 3, 86_400))));
            if (at.isAfter(lastAt) && !last) {
                at = lastAt.minusSeconds(n - j);
            }
            RiskLevel lv = last ? level : drift(level, j, n);
            String kind;
            String trigger;
            Long triggerRef;
            if (j == 0) {
                kind = "VPR";
                trigger = "CASE_OPENED";
                triggerRef = null;
            } else if (r.nextDouble() < incidents.probability(prevSheet)) {
                kind = "VPER_INCIDENT";
                trigger = "INCIDENT";
                long inc = ++d.incidentId;
                triggerRef = inc;
                Instant occurred = at.minusSeconds(3600 + r.nextInt(86_400));
                String type = INCIDENT_TYPES[r.nextInt(INCIDENT_TYPES.length)];
                d.incident.add(inc).add(caseId).add(type).add(occurred).add(m.name())
                        .add("Incidencia registrada (datos sintéticos)").add("atestado " + atestado).add(true)
                        .add(occurred.plusSeconds(1800)).add(d.officer(unit, r)).end();
                audit.add(occurred.plusSeconds(1800), creator, role, unit.id(), "CREATE", "Incident", Long.toString(inc),
                        "incident on case " + caseId);
                incidentsHere++;
            } else {
                kind = "VPER_PERIODIC";
                trigger = "FOLLOW_UP";
                triggerRef = previousId;
            }
            String version = at.isBefore(VG2) ? "VG1" : "VG2";
            String instrument = switch (kind) {
                case "VPR" -> "VPR/5.0-" + version;
                case "VPER_INCIDENT" -> "VPER-I/4.1-" + version;
                default -> "VPER-P/4.1-" + version;
            };
            AssessmentOutcomes.Sheet s = outcomes.draw(instrument, lv, r);
            RiskLevel officerLevel = s.finalLevel() == lv ? null : lv;
            long aid = ++d.assessmentId;
            String assessor = d.officer(unit, r);
            d.assessment.add(aid).add(caseId).add(caseNumber).add(unit.id()).add(kind).add("SUBMITTED").add(trigger)
                    .add(triggerRef).add(at).add(at.minusSeconds(300)).add(s.instrumentCode()).add(s.instrumentVersion())
                    .add(s.answers()).add(s.score()).add(s.maxScore()).add(s.scoreLevel()).add(s.redFlagMinimum())
                    .add(s.computedLevel()).add(true).add(officerLevel)
                    .add(officerLevel == null ? null : "Valoración policial: indicios no recogidos por el formulario")
                    .add(lv).add(previous).add(s.especialRelevancia()).add(s.hScore()).add(s.minorsAtRisk() && minors)
                    .add(s.minorsVulnerable() && minors).add(s.confidence()).add(s.lowConfidence()).add(s.followUpDue())
                    .add(last ? s.explanation() : null).add(at).add(assessor).add(unit.id()).add(unitName).add(lv).end();
            audit.add(at, assessor, role, unit.id(), "CREATE", "Assessment", Long.toString(aid),
                    "assessment submitted for case " + caseId);
            OutcomeDraws.follow(d, r, aid, s, at);
            atLevel = lv == previous ? atLevel + 1 : 1;
            especial |= s.especialRelevancia();
            minorsAtRisk |= s.minorsAtRisk() && minors;
            minorsVulnerable |= s.minorsVulnerable() && minors;
            if (lv.isAtLeast(RiskLevel.MEDIO)) {
                mediumOrAbove = at;
            }
            previous = lv;
            previousId = aid;
            prevSheet = s;
        }
        Instant levelSince = lastAt;
        d.caseRisk.add(caseId).add(level).add(levelSince).add(atLevel).add(especial).add(minorsAtRisk)
                .add(minorsVulnerable).end();

        Instant due = null;
        Instant nextCheck = null;
        if (active) {
            Duration iv = d.interval.get(level);
            due = lastAt.plus(iv);
            Duration before = iv.dividedBy(2).compareTo(Duration.ofHours(24)) < 0 ? iv.dividedBy(2) : Duration.ofHours(24);
            nextCheck = due.minus(before);
            // the follow-up the measures module asked for: a pending periodic VPER
            d.assessment.add(++d.assessmentId).add(caseId).add(caseNumber).add(unit.id()).add("VPER_PERIODIC")
                    .add("PENDING").add("FOLLOW_UP").add(previousId).add(due).add(lastAt).nul().nul().nul().nul().nul()
                    .nul().nul().nul().nul().nul().nul().nul().nul().nul().nul().nul().nul().nul().nul().nul().nul().nul()
                    .nul().nul().nul().nul().end();
            d.activeByLevel[level.ordinal()]++;
        }
        d.caseFile.add(caseId).add(caseNumber).add(status)
                .add(active ? null : "Inactivación por cumplimiento de los requisitos de la Instrucción 2/2024")
                .add(active ? opened : inactivated).add(opened).add(inactivated).add(supervisedUntil).add(unit.id())
                .add(m.ineCode()).add(m.regionCode()).add(m.provinceCode()).add(level).add(especial).add(especial)
                .add(minorsAtRisk).add(lastAt).add(mediumOrAbove).add(repeat).add(creator).end();
        d.casePlace.add(caseId).add(m.regionCode()).add(m.provinceCode()).add(m.ineCode()).add(opened).end();
        d.followed.add(caseId).add(caseNumber).add(unit.id()).add(m.regionCode()).add(m.provinceCode()).add(m.ineCode())
                .add(status).add(level).add(especial).add(minorsAtRisk).add(d.protocolId).add(previousId).add(lastAt)
                .add(due).add(active ? "PERIODIC" : null).add("NONE").add(nextCheck).add(opened).end();

        plan(caseId, unit, level, active, opened.isAfter(PROTOCOL_2019) ? lastAt : lastAt, end, role);
        if (r.nextDouble() < 0.27) {
            order(caseId, unit, m, opened);
        }
        if (active) {
            alerts(caseId, caseNumber, unit, lastAt, due);
        } else {
            boolean high = level.isAtLeast(RiskLevel.MEDIO);
            d.inactivation.add(++d.inactivationId).add(caseId).add("SUPERVISED".equals(status) ? "SUPERVISED" : "INACTIVATION")
                    .add(high ? "INSTR_2_2024_MEDIUM_OR_ABOVE" : "INSTR_2_2024_LOW").add(level)
                    .add(LocalDate.ofInstant(inactivated, ZoneOffset.UTC).minusDays(r.nextInt(20)))
                    .add(supervisedUntil).add("Sin nuevos episodios; requisitos cumplidos").add(inactivated)
                    .add("supervisor." + unit.code().toLowerCase(Locale.ROOT)).end();
            audit.add(inactivated, "supervisor." + unit.code().toLowerCase(Locale.ROOT), "UNIT_SUPERVISOR", unit.id(),
                    "UPDATE", "Case", Long.toString(caseId), "case inactivated");
        }

        // reads of the case page, the rest of its share of the audit log
        int written = 1 + n + incidentsHere + (active ? 0 : 1);
        double want = auditPerCase - written;
        int reads = (int) Math.max(0, Math.floor(want + r.nextDouble() * 2 - 1));
        long window = Math.max(60, Duration.between(opened, end).toSeconds());
        for (int k = 0; k < reads; k++) {
            Instant at = opened.plusSeconds((long) (r.nextDouble() * window));
            audit.add(at, d.officer(unit, r), role, unit.id(), "READ", "Case", Long.toString(caseId), "case page");
        }
    }

    /** Earlier assessments: mostly the final level, sometimes one step above (risk that came down) or below. */
    private RiskLevel drift(RiskLevel fin, int j, int n) {
        double u = r.nextDouble();
        int o = fin.ordinal();
        if (u < 0.25 && o < 4) {
            o++;
        } else if (u < 0.33 && o > 0) {
            o--;
        }
        return RiskLevel.values()[o];
    }

    private static String[] document(SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.86) {
            return new String[]{"DNI", Names.dni(r)};
        }
        if (u < 0.975) {
            return new String[]{"NIE", Names.nie(r)};
        }
        if (u < 0.99) {
            return new String[]{"PASSPORT", "P" + (10_000_000 + r.nextInt(89_999_999))};
        }
        return new String[]{"NONE", null};
    }

    /**
     * The protection plan: an active case holds every catalogue measure of its level (periodic ones with their next
     * due date and the scheduler's next check, as the measures module computes them), an inactive one the periodic
     * measures it had, withdrawn when it was inactivated. The last executions of periodic measures are recorded.
     */
    private void plan(long caseId, NationalDataset.UnitRow unit, RiskLevel level, boolean active, Instant since,
                      Instant end, String role) {
        for (String code : d.catalogueCodes) {
            long[] c = d.catalogue.get(code);
            if (c[1] > level.ordinal()) {
                continue;
            }
            long freq = c[2];
            if (!active && freq < 0) {
                continue;
            }
            long id = ++d.planMeasureId;
            Instant lastExec = null;
            Instant nextDue = null;
            Instant nextCheck = null;
            int executions = 0;
            if (freq > 0) {
                long f = freq * 3600;
                lastExec = active ? d.now.minusSeconds((long) (r.nextDouble() * f * 0.9) + 300)
                        : end.minusSeconds((long) (r.nextDouble() * f));
                if (lastExec.isBefore(since)) {
                    lastExec = since.plusSeconds(60);
                }
                if (active) {
                    nextDue = lastExec.plusSeconds(f);
                    nextCheck = freq >= 72 ? nextDue.minus(Duration.ofHours(24)) : nextDue;
                }
                executions = active ? 1 + r.nextInt(3) : 1 + r.nextInt(2);
            }
            d.planMeasure.add(id).add(caseId).add(c[0]).add(code).add(es.viogen.measures.control.MeasureKind.values()[(int) c[3]].name())
                    .add(freq > 0 ? Integer.valueOf((int) freq) : null).add(since).add(level)
                    .add(active ? null : end).add(active ? null : level.name()).add(lastExec).add(nextDue).add("NONE")
                    .add(nextCheck).end();
            for (int e = 0; e < executions; e++) {
                Instant at = lastExec.minusSeconds(e * freq * 3600);
                if (at.isBefore(since)) {
                    break;
                }
                d.execution.add(++d.executionId).add(id).add(caseId).add(at).nul().add(d.officer(unit, r))
                        .add(at.plusSeconds(120)).end();
            }
        }
    }

    private void order(long caseId, NationalDataset.UnitRow unit, RegistryRow m, Instant opened) {
        long id = ++d.orderId;
        String type = ORDER_TYPES[r.nextInt(ORDER_TYPES.length)];
        LocalDate starts = LocalDate.ofInstant(opened, ZoneOffset.UTC).plusDays(1 + r.nextInt(10));
        LocalDate ends = r.nextDouble() < 0.1 ? null : starts.plusDays(180 + r.nextInt(900));
        Instant registered = starts.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(36_000);
        d.judicialOrder.add(id).add(caseId).add(type)
                .add("Juzgado de Violencia sobre la Mujer nº " + (1 + r.nextInt(3)) + " de " + m.name())
                .add("VSM " + (1 + r.nextInt(2000)) + "/" + starts.getYear()).add(starts).add(ends)
                .add(type.equals("RESTRAINING_DISTANCE") ? Integer.valueOf(new int[]{200, 300, 500}[r.nextInt(3)]) : null)
                .add(registered).add(d.officer(unit, r)).add(ends != null && ends.isBefore(d.today)).end();
        d.orderCopy.add(id).add(caseId).add(type).add(starts).add(ends).add(registered).end();
    }

    /** The alert for the last re-assessment due (acknowledged), and for a few cases an open one (the bell). */
    private void alerts(long caseId, String caseNumber, NationalDataset.UnitRow unit, Instant lastAt, Instant due) {
        String day = LocalDate.ofInstant(lastAt, ZoneOffset.UTC).toString();
        String key = "REASSESSMENT_DUE:case:" + caseId + ":" + lastAt.truncatedTo(ChronoUnit.SECONDS) + ":unit:" + unit.id();
        Instant raised = lastAt.minus(Duration.ofHours(20));
        d.alert.add(++d.alertId).add(unit.id()).add("REASSESSMENT_DUE").add("WARNING").add("Case")
                .add(Long.toString(caseId)).add("/follow-up/plan.xhtml?case=" + caseId)
                .add("alert.measures.REASSESSMENT_DUE").add(caseNumber + "\u001f" + day).add(key).add(raised)
                .add(lastAt).add(d.officer(unit, r)).end();
        d.raisedAlert.add(key).add(caseId).add(unit.id()).add("REASSESSMENT_DUE").add(raised).end();
        if (r.nextDouble() < 0.05) {
            String k2 = "MEASURE_DUE:case:" + caseId + ":" + due.truncatedTo(ChronoUnit.SECONDS) + ":unit:" + unit.id();
            Instant at = d.now.minusSeconds(r.nextInt(86_400));
            d.alert.add(++d.alertId).add(unit.id()).add("MEASURE_DUE").add("WARNING").add("Case")
                    .add(Long.toString(caseId)).add("/follow-up/plan.xhtml?case=" + caseId)
                    .add("alert.measures.MEASURE_DUE").add(caseNumber + "\u001f" + LocalDate.ofInstant(due, ZoneOffset.UTC) + "\u001f" + "Contacto telefónico periódico con la víctima")
                    .add(k2).add(at).nul().nul().end();
            d.raisedAlert.add(k2).add(caseId).add(unit.id()).add("MEASURE_DUE").add(at).end();
        }
    }
}
