package es.viogen.partners.boundary.soap;

import es.viogen.intake.api.ComplaintChannel;
import es.viogen.intake.api.DocumentType;
import es.viogen.intake.api.NewAggressor;
import es.viogen.intake.api.NewCase;
import es.viogen.intake.api.NewComplaint;
import es.viogen.intake.api.NewMinor;
import es.viogen.intake.api.NewVictim;
import es.viogen.intake.api.PersonIdentity;
import es.viogen.intake.api.Relationship;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SOAP contract's XML types as the modules' API records: a required element that is missing, an unknown enum
 * value or a date outside what the database can store is an {@link InvalidInput} naming the field; the plausible
 * range of each value is the modules' own validation.
 */
final class SoapMapping {

    private SoapMapping() {
    }

    static NewCase toNewCase(RegisterCaseRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.complaint == null) {
            errors.add(new FieldError("complaint", "validation.required"));
        }
        if (r.victim == null || r.victim.identity == null) {
            errors.add(new FieldError("victim", "validation.required"));
        }
        if (r.aggressor == null || r.aggressor.identity == null) {
            errors.add(new FieldError("aggressor", "validation.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        ComplaintType c = r.complaint;
        NewComplaint complaint = new NewComplaint(c.atestadoNumber, instant(c.filedAt, "complaint.filedAt"), c.place,
                c.municipalityCode, parse(ComplaintChannel.class, c.channel, "complaint.channel"), c.summary);
        VictimType v = r.victim;
        NewVictim victim = new NewVictim(identity(v.identity, "victim"), v.language, Boolean.TRUE.equals(v.interpreterNeeded),
                v.safeContactChannel, v.safeCallWindow, v.phone, v.address, Boolean.TRUE.equals(v.addressProtected));
        AggressorType a = r.aggressor;
        NewAggressor aggressor = new NewAggressor(identity(a.identity, "aggressor"),
                parse(Relationship.class, a.relationship, "aggressor.relationship"), Boolean.TRUE.equals(a.cohabiting),
                Boolean.TRUE.equals(a.weaponsLicence), !Boolean.FALSE.equals(a.whereaboutsKnown));
        List<NewMinor> minors = new ArrayList<>();
        for (MinorType m : r.minor) {
            minors.add(new NewMinor(m.firstName, m.age == null ? -1 : m.age, Boolean.TRUE.equals(m.commonChild),
                    m.custodyArrangement, m.school));
        }
        return new NewCase(complaint, victim, aggressor, minors, r.responsibleUnitId);
    }

    private static PersonIdentity identity(PersonType p, String prefix) {
        return new PersonIdentity(p.firstName, p.lastName1, p.lastName2,
                parse(DocumentType.class, p.documentType, prefix + ".documentType"), p.documentNumber,
                date(p.birthDate, prefix + ".birthDate"),
                p.nationality);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "partners.validation.enum");
        }
    }

    static long required(Long value, String field) {
        if (value == null) {
            throw new InvalidInput(field, "validation.required");
        }
        return value;
    }

    static Instant instant(XMLGregorianCalendar x, String field) {
        if (x == null) {
            throw new InvalidInput(field, "validation.required");
        }
        return instantOrNull(x, field);
    }

    static Instant instantOrNull(XMLGregorianCalendar x, String field) {
        if (x == null) {
            return null;
        }
        plausibleYear(x, field);
        try {
            return x.toGregorianCalendar().toInstant();
        } catch (RuntimeException e) {
            throw new InvalidInput(field, "partners.error.soap.dateRange");
        }
    }

    static LocalDate date(XMLGregorianCalendar x, String field) {
        if (x == null) {
            return null;
        }
        plausibleYear(x, field);
        try {
            return LocalDate.of(x.getYear(), x.getMonth(), x.getDay());
        } catch (java.time.DateTimeException e) {
            throw new InvalidInput(field, "partners.error.soap.dateRange");
        }
    }

    /**
     * A coarse bound on every date the XML carries (years 1900-2100), so that no year the database cannot store
     * reaches it; the plausible range of each field is the modules' own validation.
     */
    private static void plausibleYear(XMLGregorianCalendar x, String field) {
        java.math.BigInteger eon = x.getEon();
        int year = x.getYear();
        if (eon != null && eon.signum() != 0 || year == javax.xml.datatype.DatatypeConstants.FIELD_UNDEFINED
                || year < 1900 || year > 2100) {
            throw new InvalidInput(field, "partners.error.soap.dateRange");
        }
    }

    static XMLGregorianCalendar xml(Instant i) {
        if (i == null) {
            return null;
        }
        try {
            return DatatypeFactory.newInstance().newXMLGregorianCalendar(i.toString());
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
