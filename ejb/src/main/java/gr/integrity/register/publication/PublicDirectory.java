package gr.integrity.register.publication;

import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.common.Queries;
import gr.integrity.register.common.TextKeys;
import gr.integrity.register.declaration.Lateness;
import gr.integrity.register.declaration.Declaration;
import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.organisation.OrganisationStatus;
import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.Mandate;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.Person;
import jakarta.annotation.security.PermitAll;
import gr.integrity.register.platform.persistence.ReadOnlyPersistence;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The public register's collections for the API and bulk files: officials, institutions, organisations and
 * published declarations, each in id order after a given id (keyset pages, stable while records are added). Only
 * what the public may see: officials (persons holding posts, not family members or lobbyists' accounts),
 * organisations not merged away, declarations published by the redaction policy.
 */
@Stateless
@PermitAll
@Interceptors(ReadOnlyPersistence.class)
public class PublicDirectory {

    public static final int MAX_LIMIT = 1_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PublicationRules rules;

    /** Filings first submitted this year (Athens time), the late ones among them, and this month's meetings. */
    public KeyFigures figures() {
        java.time.LocalDate today = java.time.LocalDate.now(Obligation.ATHENS);
        java.time.Instant yearStart = today.withDayOfYear(1).atStartOfDay(Obligation.ATHENS).toInstant();
        long filings = em.createQuery("select count(d) from Declaration d where d.firstSubmittedAt >= :start",
                Long.class).setParameter("start", yearStart).getSingleResult();
        long late = em.createQuery("select count(d) from Declaration d left join d.obligation o"
                        + " where d.firstSubmittedAt >= :start and " + Lateness.LATE_JPQL, Long.class)
                .setParameter("start", yearStart).getSingleResult();
        long meetings = em.createQuery("select count(m) from Meeting m where m.date >= :from and m.date <= :to",
                Long.class).setParameter("from", today.withDayOfMonth(1)).setParameter("to", today).getSingleResult();
        return new KeyFigures(filings, late, meetings);
    }

    public DirectoryPage<PublicOfficial> officials(DirectoryFilter filter, Long after, int limit) {
        StringBuilder where = new StringBuilder(" where p.id > :after and exists (select m.id from Mandate m where m.person = p");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.institution() != null) {
            where.append(" and m.position.institution.id = :institution");
            parameters.put("institution", filter.institution());
        }
        where.append(")");
        if (filter.changedSince() != null) {
            where.append(" and (p.updatedAt > :since or exists (select c.id from Mandate c where c.person = p"
                    + " and c.updatedAt > :since))");
            parameters.put("since", filter.changedSince());
        }
        if (filter.words() != null) {
            where.append(" and p.searchKey like :words").append(Queries.LIKE_ESCAPE);
            parameters.put("words", Queries.contains(TextKeys.fold(filter.words())));
        }
        return page(em.createQuery("select p from Person p" + where + " order by p.id", Person.class), parameters,
                after, limit, this::official, Person::getId);
    }

    public PublicOfficial official(long id) {
        Person person = em.find(Person.class, id);
        if (person == null || mandates(person).isEmpty()) {
            throw new NotFoundException("Official", id);
        }
        return official(person);
    }

    public DirectoryPage<PublicInstitution> institutions(DirectoryFilter filter, Long after, int limit) {
        StringBuilder where = new StringBuilder(" where i.id > :after");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.changedSince() != null) {
            where.append(" and i.updatedAt > :since");
            parameters.put("since", filter.changedSince());
        }
        if (filter.words() != null) {
            where.append(" and i.nameKey like :words").append(Queries.LIKE_ESCAPE);
            parameters.put("words", Queries.contains(TextKeys.fold(filter.words())));
        }
        return page(em.createQuery("select i from Institution i" + where + " order by i.id", Institution.class),
                parameters, after, limit, PublicDirectory::institution, Institution::getId);
    }

    public PublicInstitution institution(long id) {
        Institution institution = em.find(Institution.class, id);
        if (institution == null) {
            throw new NotFoundException("Institution", id);
        }
        return institution(institution);
    }

    public DirectoryPage<PublicOrganisation> organisations(DirectoryFilter filter, Long after, int limit) {
        // confirmed records only: a pending one is a name no ADMIN has checked, perhaps from an unpublished filing
        StringBuilder where = new StringBuilder(" where o.id > :after and o.status = :confirmed");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("confirmed", OrganisationStatus.CONFIRMED);
        if (filter.changedSince() != null) {
            where.append(" and o.updatedAt > :since");
            parameters.put("since", filter.changedSince());
        }
        if (filter.words() != null) {
            where.append(" and (o.nameKey like :words").append(Queries.LIKE_ESCAPE)
                    .append(" or lower(o.nameEn) like :words").append(Queries.LIKE_ESCAPE).append(")");
            parameters.put("words", Queries.contains(TextKeys.fold(filter.words())));
        }
        return page(em.createQuery("select o from Organisation o" + where + " order by o.id", Organisation.class),
                parameters, after, limit, PublicDirectory::organisation, Organisation::getId);
    }

    /** A confirmed organisation by id; a merged one answers as the record it was merged into. */
    public PublicOrganisation organisation(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null || organisation.survivor().getStatus() != OrganisationStatus.CONFIRMED) {
            throw new NotFoundException("Organisation", id);
        }
        return organisation(organisation.survivor());
    }

    /** Published declarations (at least one version submitted, of a category the policy publishes). */
    public DirectoryPage<PublicDeclarationRow> declarations(DirectoryFilter filter, Long after, int limit) {
        StringBuilder where = new StringBuilder(" where d.id > :after and d.latestVersionNo > 0");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.type() != null) {
            where.append(" and d.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.official() != null) {
            where.append(" and d.person.id = :official");
            parameters.put("official", filter.official());
        }
        if (filter.institution() != null) {
            // an institution's own declarations (of the lobbying it received), and its officials'
            where.append(" and (d.institution.id = :institution or exists (select m.id from Mandate m"
                    + " where m.person = d.person and m.position.institution.id = :institution))");
            parameters.put("institution", filter.institution());
        }
        if (filter.organisation() != null) {
            where.append(" and d.organisation.id = :organisation");
            parameters.put("organisation", filter.organisation());
        }
        if (filter.from() != null) {
            where.append(" and d.firstSubmittedAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(Obligation.ATHENS).toInstant());
        }
        if (filter.to() != null) {
            where.append(" and d.firstSubmittedAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(Obligation.ATHENS).toInstant());
        }
        TypedQuery<Declaration> query = em.createQuery("select d from Declaration d left join fetch d.person"
                + " left join fetch d.organisation left join fetch d.institution" + where
                + " order by d.id", Declaration.class);
        parameters.forEach(query::setParameter);
        // the publication policy is per category: rows it withholds are skipped, and the page read on until full
        List<PublicDeclarationRow> items = new ArrayList<>();
        long cursor = after == null ? 0 : after;
        int max = Math.max(1, Math.min(limit, MAX_LIMIT));
        while (items.size() < max) {
            List<Declaration> batch = query.setParameter("after", cursor).setMaxResults(max + 1).getResultList();
            for (Declaration d : batch) {
                cursor = d.getId();
                if (rules.isPublished(d)) {
                    items.add(row(d));
                    if (items.size() == max) {
                        break;
                    }
                }
            }
            if (batch.size() <= max && items.size() < max) {
                return new DirectoryPage<>(items, null);
            }
        }
        return new DirectoryPage<>(items, cursor);
    }

    private static PublicDeclarationRow row(Declaration d) {
        return new PublicDeclarationRow(d.getId(), d.getType(), d.getPeriodYear(), PublicDeclarant.of(d),
                d.getLatestVersionNo(), d.getFirstSubmittedAt());
    }

    private <E, T> DirectoryPage<T> page(TypedQuery<E> query, Map<String, Object> parameters, Long after, int limit,
                                         Function<E, T> view, Function<E, Long> id) {
        int max = Math.max(1, Math.min(limit, MAX_LIMIT));
        parameters.forEach(query::setParameter);
        List<E> found = query.setParameter("after", after == null ? 0L : after).setMaxResults(max + 1).getResultList();
        boolean more = found.size() > max;
        List<E> shown = more ? found.subList(0, max) : found;
        return new DirectoryPage<>(shown.stream().map(view).toList(),
                more ? id.apply(shown.get(shown.size() - 1)) : null);
    }

    private PublicOfficial official(Person person) {
        List<PublicOfficial.Post> posts = mandates(person).stream().map(m -> new PublicOfficial.Post(
                m.getPosition().getTitleEl(), m.getPosition().getTitleEn(), m.getPosition().getInstitution().getId(),
                m.getPosition().getInstitution().getNameEl(), m.getStartDate(), m.getEndDate())).toList();
        return new PublicOfficial(person.getId(), person.fullName(false), person.fullName(true), posts);
    }

    private List<Mandate> mandates(Person person) {
        return em.createQuery("select m from Mandate m join fetch m.position p join fetch p.institution"
                + " where m.person = :p order by m.startDate desc, m.id", Mandate.class).setParameter("p", person)
                .getResultList();
    }

    private static PublicInstitution institution(Institution i) {
        return new PublicInstitution(i.getId(), i.getNameEl(), i.getNameEn(), i.getKind().name());
    }

    private static PublicOrganisation organisation(Organisation o) {
        return new PublicOrganisation(o.getId(), o.getNameEl(), o.getNameEn(), o.getCategory().name(),
                o.getStatus().name(), o.getEuTransparencyId(), o.getRegistrationNumber(), o.getWebsite(),
                o.getAreasOfInterest());
    }
}
