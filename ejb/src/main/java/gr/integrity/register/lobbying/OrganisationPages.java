package gr.integrity.register.lobbying;

import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.organisation.OrganisationName;
import gr.integrity.register.organisation.OrganisationStatus;
import gr.integrity.register.registry.Person;
import jakarta.annotation.security.PermitAll;
import gr.integrity.register.platform.persistence.ReadOnlyPersistence;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the public sees of an organisation: its record and what the lobbying register knows of its meetings. Only a
 * confirmed record has a page: one still pending was proposed from a filer's text or a representative's
 * registration that no ADMIN has checked yet, and may come from a declaration the public does not see.
 */
@Stateless
@PermitAll
@Interceptors(ReadOnlyPersistence.class)
public class OrganisationPages {

    static final int OFFICIALS_SHOWN = 20;

    @PersistenceContext
    private EntityManager em;

    /** The id of the record that answers for an id: itself, or the one it was merged into (links keep working). */
    public long current(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFoundException("Organisation", id);
        }
        return organisation.survivor().getId();
    }

    /** Whether the record (after merges) has been confirmed, and so has a public page. */
    public boolean isPublic(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        return organisation != null && organisation.survivor().getStatus() == OrganisationStatus.CONFIRMED;
    }

    public OrganisationProfile profile(long id) {
        Organisation o = em.find(Organisation.class, id);
        if (o == null || o.getStatus() != OrganisationStatus.CONFIRMED) {
            throw new NotFoundException("Organisation", id);
        }
        List<String> otherNames = em.createQuery("select n from OrganisationName n where n.organisation = :o"
                        + " order by n.recordedAt", OrganisationName.class).setParameter("o", o).getResultStream()
                .map(OrganisationName::getName).distinct().toList();
        long meetings = em.createQuery("select count(m) from Meeting m join m.organisations g"
                + " where g.organisationId = :id", Long.class).setParameter("id", id).getSingleResult();
        List<Object[]> byOfficial = em.createQuery("select a.personId, count(m) from Meeting m join m.organisations g"
                        + " join m.officials a where g.organisationId = :id group by a.personId"
                        + " order by count(m) desc, a.personId", Object[].class)
                .setParameter("id", id).setMaxResults(OFFICIALS_SHOWN).getResultList();
        Map<Long, Person> persons = byOfficial.isEmpty() ? Map.of() : em.createQuery(
                        "select p from Person p where p.id in :ids", Person.class)
                .setParameter("ids", byOfficial.stream().map(r -> (Long) r[0]).toList()).getResultStream()
                .collect(Collectors.toMap(Person::getId, p -> p));
        List<OrganisationProfile.OfficialMet> officials = new ArrayList<>();
        for (Object[] row : byOfficial) {
            officials.add(new OrganisationProfile.OfficialMet((Long) row[0], persons.get((Long) row[0]).fullName(),
                    (Long) row[1]));
        }
        List<OrganisationProfile.MonthCount> perMonth = em.createQuery("select extract(year from m.date),"
                        + " extract(month from m.date), count(m) from Meeting m join m.organisations g"
                        + " where g.organisationId = :id group by extract(year from m.date), extract(month from m.date)"
                        + " order by 1, 2", Object[].class).setParameter("id", id).getResultStream()
                .map(r -> new OrganisationProfile.MonthCount(YearMonth.of(((Number) r[0]).intValue(),
                        ((Number) r[1]).intValue()), ((Number) r[2]).longValue())).toList();
        return new OrganisationProfile(o.getId(), o.getNameEl(), o.getNameEn(), o.getCategory().name(),
                o.getStatus().name(), o.getEuTransparencyId(), o.getRegistrationNumber(), o.getWebsite(), o.getAreasOfInterest(), otherNames,
                meetings, officials, fillGaps(perMonth));
    }

    /** Every month from the first meeting to the last, the months without a meeting counted as none. */
    static List<OrganisationProfile.MonthCount> fillGaps(List<OrganisationProfile.MonthCount> counted) {
        if (counted.isEmpty()) {
            return List.of();
        }
        Map<YearMonth, Long> byMonth = counted.stream().collect(Collectors.toMap(
                OrganisationProfile.MonthCount::month, OrganisationProfile.MonthCount::meetings));
        List<OrganisationProfile.MonthCount> all = new ArrayList<>();
        YearMonth last = counted.get(counted.size() - 1).month();
        for (YearMonth month = counted.get(0).month(); !month.isAfter(last); month = month.plusMonths(1)) {
            all.add(new OrganisationProfile.MonthCount(month, byMonth.getOrDefault(month, 0L)));
        }
        return all;
    }
}
