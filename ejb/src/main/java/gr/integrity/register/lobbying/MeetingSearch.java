package gr.integrity.register.lobbying;

import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.common.Queries;
import gr.integrity.register.common.TextKeys;
import gr.integrity.register.declaration.Declaration;
import gr.integrity.register.declaration.Lateness;
import gr.integrity.register.common.Transliteration;
import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.organisation.OrganisationStatus;
import gr.integrity.register.registry.Person;
import jakarta.annotation.security.PermitAll;
import gr.integrity.register.platform.persistence.ReadOnlyPersistence;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.hibernate.Session;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public meeting search: filters, newest first, in pages that follow a cursor (the date and id of the last
 * meeting shown) rather than an offset, so a page stays the same while meetings are added and a deep page costs
 * what the first one does.
 */
@Stateless
@PermitAll
@Interceptors(ReadOnlyPersistence.class)
public class MeetingSearch {

    public static final int MAX_LIMIT = 1_000;
    private static final int MAX_WORDS = 8;

    @PersistenceContext
    private EntityManager em;

    public MeetingPage search(MeetingFilter filter, String cursor, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("search.limit", "limit", 1, MAX_LIMIT);
        }
        Cursor after = Cursor.parse(cursor);
        StringBuilder jpql = new StringBuilder("select m from Meeting m");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.official() != null) {
            jpql.append(" join m.officials present");
        }
        if (filter.organisation() != null) {
            jpql.append(" join m.organisations met");
        }
        if (filter.policyArea() != null) {
            jpql.append(" join m.policyAreas area");
        }
        jpql.append(" where 1 = 1");
        if (filter.policyArea() != null) {
            jpql.append(" and area.key = :area");
            parameters.put("area", TextKeys.fold(filter.policyArea()));
        }
        if (filter.official() != null) {
            jpql.append(" and present.personId = :official");
            parameters.put("official", filter.official());
        }
        if (filter.organisation() != null) {
            jpql.append(" and met.organisationId = :organisation");
            parameters.put("organisation", filter.organisation());
        }
        if (filter.institution() != null) {
            jpql.append(" and m.institution.id = :institution");
            parameters.put("institution", filter.institution());
        }
        if (filter.from() != null) {
            jpql.append(" and m.date >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" and m.date <= :to");
            parameters.put("to", filter.to());
        }
        List<String> words = TextKeys.words(filter.words());
        for (int i = 0; i < Math.min(words.size(), MAX_WORDS); i++) {
            String word = words.get(i);
            String latin = TextKeys.fold(Transliteration.toLatin(word));
            // a Greek word also finds the subject written in Latin letters (the key holds both for Greek subjects)
            jpql.append(" and (m.subjectKey like :w").append(i).append(Queries.LIKE_ESCAPE)
                    .append(" or m.subjectKey like :l").append(i).append(Queries.LIKE_ESCAPE).append(')');
            parameters.put("w" + i, Queries.contains(word));
            parameters.put("l" + i, Queries.contains(latin));
        }
        if (after != null) {
            jpql.append(" and (m.date < :afterDate or (m.date = :afterDate and m.id < :afterId))");
            parameters.put("afterDate", after.date());
            parameters.put("afterId", after.id());
        }
        jpql.append(" order by m.date desc, m.id desc");
        TypedQuery<Meeting> query = em.createQuery(jpql.toString(), Meeting.class);
        parameters.forEach(query::setParameter);
        List<Meeting> found = query.setMaxResults(limit + 1).getResultList();
        boolean more = found.size() > limit;
        List<Meeting> shown = more ? found.subList(0, limit) : found;
        String next = more ? new Cursor(shown.get(limit - 1).getDate(), shown.get(limit - 1).getId()).toString() : null;
        return new MeetingPage(toPublic(shown), next);
    }

    /** The institutions that have meetings, by name: what the search form offers to filter by. */
    public List<InstitutionChoice> institutions() {
        return em.createQuery("select distinct i.id, i.nameEl from Meeting m join m.institution i order by i.nameEl",
                Object[].class).getResultStream().map(r -> new InstitutionChoice((Long) r[0], (String) r[1])).toList();
    }

    /** The policy areas meetings were about, by name (the first way each was written): the search form's choices. */
    public List<PolicyAreaChoice> policyAreas() {
        return em.createQuery("select area.key, min(area.name) from Meeting m join m.policyAreas area"
                        + " group by area.key order by area.key", Object[].class).getResultStream()
                .map(r -> new PolicyAreaChoice((String) r[0], (String) r[1])).toList();
    }

    public record PolicyAreaChoice(String key, String name) implements java.io.Serializable {
    }

    public record InstitutionChoice(long id, String name) implements java.io.Serializable {
    }

    /** Meetings recorded after {@code since} (any time, if null) up to {@code until}, in id order after an id. */
    public List<PublicMeeting> recordedBetween(java.time.Instant since, java.time.Instant until, long afterId, int limit) {
        var query = em.createQuery("select m from Meeting m where m.id > :after and m.createdAt <= :until"
                + (since == null ? "" : " and m.createdAt > :since") + " order by m.id", Meeting.class)
                .setParameter("after", afterId).setParameter("until", until);
        if (since != null) {
            query.setParameter("since", since);
        }
        List<Meeting> found = query.setMaxResults(Math.max(1, Math.min(limit, MAX_LIMIT))).getResultList();
        return found.isEmpty() ? List.of() : toPublic(found);
    }

    public PublicMeeting meeting(long id) {
        Meeting meeting = em.find(Meeting.class, id);
        if (meeting == null) {
            throw new NotFoundException("Meeting", id);
        }
        return toPublic(List.of(meeting)).get(0);
    }

    /** Names of the persons and organisations of a page of meetings, two queries for the whole page. */
    private List<PublicMeeting> toPublic(List<Meeting> meetings) {
        Set<Long> personIds = meetings.stream().flatMap(m -> m.getOfficials().stream())
                .map(Meeting.Official::personId).collect(Collectors.toSet());
        Set<Long> organisationIds = meetings.stream().flatMap(m -> m.getOrganisations().stream())
                .map(Meeting.OrganisationMet::organisationId).collect(Collectors.toSet());
        // loaded by id through Hibernate's multi-load, whose SQL is prepared once; a JPQL "in :ids" query is
        // translated anew for every page (its list parameter changes the statement), which the profile showed
        Map<Long, Person> persons = byId(Person.class, personIds, Person::getId);
        Map<Long, Organisation> organisations = byId(Organisation.class, organisationIds, Organisation::getId);
        Set<Long> declarationIds = meetings.stream().flatMap(m -> m.getOfficials().stream())
                .map(Meeting.Official::declarationId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Set<Long> late = byId(Declaration.class, declarationIds, Declaration::getId).values().stream()
                .filter(Lateness::isLate).map(Declaration::getId).collect(Collectors.toSet());
        List<PublicMeeting> result = new ArrayList<>();
        for (Meeting m : meetings) {
            List<PublicMeeting.Attendee> officials = m.getOfficials().stream()
                    .map(o -> new PublicMeeting.Attendee(o.personId(), persons.get(o.personId()).fullName(), o.title(),
                            late.contains(o.declarationId())))
                    .toList();
            List<PublicMeeting.Met> met = m.getOrganisations().stream().map(o -> {
                Organisation organisation = organisations.get(o.organisationId());
                boolean recorded = organisation.survivor().getStatus() == OrganisationStatus.CONFIRMED;
                return new PublicMeeting.Met(o.organisationId(), o.nameGiven(),
                        recorded ? organisation.survivor().getEuTransparencyId() : null, recorded);
            }).toList();
            result.add(new PublicMeeting(m.getId(), m.getDate(), m.getLocation(), m.getSubject(),
                    m.getInstitution() == null ? null : m.getInstitution().getId(),
                    m.getInstitution() == null ? null : m.getInstitution().getNameEl(), officials, met,
                    m.getPolicyAreas().stream().map(a -> new PublicMeeting.Area(a.key(), a.name()))
                            .sorted(java.util.Comparator.comparing(PublicMeeting.Area::name)).toList(),
                    m.getSource().name(), m.isImported(), m.getLicence()));
        }
        return result;
    }

    private <T> Map<Long, T> byId(Class<T> type, Set<Long> ids, java.util.function.Function<T, Long> id) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.unwrap(Session.class).byMultipleIds(type).enableOrderedReturn(false).multiLoad(List.copyOf(ids))
                .stream().filter(java.util.Objects::nonNull).collect(Collectors.toMap(id, e -> e));
    }

    /** Where a page ends: "2023-06-08.1234". Anything else is refused as the parameter it is. */
    record Cursor(LocalDate date, long id) {

        static Cursor parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String[] parts = text.strip().split("\\.", 2);
            try {
                if (parts.length != 2 || !parts[1].matches("\\d{1,18}")) {
                    throw new InvalidInputException("search.cursor", "cursor");
                }
                return new Cursor(LocalDate.parse(parts[0]), Long.parseLong(parts[1]));
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("search.cursor", "cursor");
            }
        }

        @Override
        public String toString() {
            return date + "." + id;
        }
    }
}
