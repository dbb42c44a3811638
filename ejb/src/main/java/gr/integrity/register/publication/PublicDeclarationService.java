package gr.integrity.register.publication;

import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.declaration.AttachedDocuments;
import gr.integrity.register.declaration.CanonicalJson;
import gr.integrity.register.declaration.Declaration;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationKinds;
import gr.integrity.register.declaration.DeclarationSchema;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DeclarationVersion;
import gr.integrity.register.declaration.DocumentFile;
import gr.integrity.register.declaration.FieldChange;
import gr.integrity.register.declaration.FieldType;
import gr.integrity.register.declaration.Lateness;
import gr.integrity.register.declaration.SectionDef;
import gr.integrity.register.declaration.Submissions;
import gr.integrity.register.declaration.VersionComparison;
import gr.integrity.register.platform.Hashing;
import gr.integrity.register.registry.Mandate;
import gr.integrity.register.registry.Person;
import jakarta.annotation.security.PermitAll;
import gr.integrity.register.platform.persistence.ReadOnlyPersistence;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Published declarations for anyone, without signing in: every answer passes through the {@link RedactionPolicy}.
 * A declaration that is not published, or not yet submitted, does not exist as far as the public knows.
 */
@Stateless
@PermitAll
@Interceptors(ReadOnlyPersistence.class)
public class PublicDeclarationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DeclarationKinds kinds;

    @Inject
    private PublicationRules rules;

    public PublicDeclaration declaration(long declarationId) {
        Declaration declaration = published(declarationId);
        List<DeclarationVersion> versions = em.createQuery("select v from DeclarationVersion v where v.declaration = :d"
                + " order by v.versionNo", DeclarationVersion.class).setParameter("d", declaration).getResultList();
        Set<Long> withheld = rules.withheld(versions.stream().map(DeclarationVersion::getId).toList());
        DeclarationSchema schema = kinds.of(declaration.getType()).schema();
        List<PublicVersion> open = new ArrayList<>();
        for (DeclarationVersion v : versions) {
            open.add(toPublic(declaration, schema, v, withheld.contains(v.getId())));
        }
        return new PublicDeclaration(declaration.getId(), declaration.getType(), declaration.getPeriodYear(),
                declaration.getObligation() == null ? null : declaration.getObligation().getKind().name(),
                PublicDeclarant.of(declaration), Lateness.isLate(declaration), open);
    }

    public PublicVersion version(long declarationId, int versionNo) {
        return declaration(declarationId).versions().stream().filter(v -> v.versionNo() == versionNo).findFirst()
                .orElseThrow(() -> new NotFoundException("Version", versionNo));
    }

    /**
     * A document attached to a published declaration: only while a version the public sees names it, and under a
     * name of the register's making, not the uploaded one.
     */
    public DocumentFile document(long declarationId, String sha) {
        PublicDeclaration declaration = declaration(declarationId);
        DeclarationSchema schema = kinds.of(declaration.type()).schema();
        boolean named = declaration.versions().stream().filter(v -> !v.withheld())
                .anyMatch(v -> names(schema, v.content(), sha));
        if (!named) {
            throw new NotFoundException("Document", sha);
        }
        return DocumentFile.published(AttachedDocuments.stored(em, declarationId, sha), declarationId, sha);
    }

    private static boolean names(DeclarationSchema schema, DeclarationContent content, String sha) {
        return schema.sections().stream().filter(SectionDef::holdsDocuments).anyMatch(section -> section.fields()
                .stream().filter(f -> f.type() == FieldType.DOCUMENT).anyMatch(field -> content.items(section.name())
                        .stream().anyMatch(item -> sha.equals(item.get(field.name())))));
    }

    /** The changes between two versions, in public fields only (both must be visible). */
    public List<FieldChange> changes(long declarationId, int fromVersion, int toVersion) {
        PublicDeclaration declaration = declaration(declarationId);
        PublicVersion from = version(declarationId, fromVersion);
        PublicVersion to = version(declarationId, toVersion);
        if (from.withheld() || to.withheld()) {
            return List.of();
        }
        return VersionComparison.compare(kinds.of(declaration.type()).schema(), from.content(), to.content());
    }

    /** The latest published filings and amendments, newest first: what the home page lists. */
    public List<PublicFiling> latest(int limit) {
        return latest(null, null, limit);
    }

    /**
     * The latest published filings and amendments, newest first, of one official or of one organisation (its
     * annual returns and the meetings with it; either, both or neither given): what the feeds carry.
     */
    public List<PublicFiling> latest(Long personId, Long organisationId, int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (personId != null) {
            where.append(" and d.person.id = :person");
        }
        if (organisationId != null) {
            where.append(" and (d.organisation.id = :organisation or exists (select m.id from Meeting m"
                    + " join m.organisations o where m.declarationId = d.id and o.organisationId = :organisation))");
        }
        // the newest versions' ids first, from the index on the submission time, then those versions with their
        // declarations and people: asked in one query, MariaDB started from the people and sorted a million versions
        // with their contents (27 s on the L data; the home page and its first start waited for it)
        var newest = em.createQuery("select v.id from DeclarationVersion v join v.declaration d" + where
                + " order by v.submittedAt desc, v.id desc", Long.class);
        if (personId != null) {
            newest.setParameter("person", personId);
        }
        if (organisationId != null) {
            newest.setParameter("organisation", organisationId);
        }
        List<Long> ids = newest.setMaxResults(Math.max(1, limit) * 5).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<DeclarationVersion> recent = em.createQuery("select v from DeclarationVersion v join fetch v.declaration d"
                        + " left join fetch d.person left join fetch d.organisation left join fetch d.institution"
                        + " left join fetch d.obligation where v.id in :ids"
                        + " order by v.submittedAt desc, v.id desc", DeclarationVersion.class)
                .setParameter("ids", ids).getResultList();
        Set<Long> withheld = rules.withheld(recent.stream().map(DeclarationVersion::getId).toList());
        List<PublicFiling> filings = new ArrayList<>();
        for (DeclarationVersion v : recent) {
            Declaration d = v.getDeclaration();
            if (filings.size() < limit && !withheld.contains(v.getId()) && rules.isPublished(d)) {
                filings.add(new PublicFiling(d.getId(), v.getVersionNo(), d.getType(), d.getPeriodYear(),
                        PublicDeclarant.of(d), v.getSubmittedAt()));
            }
        }
        return filings;
    }

    /** A person's published declarations, latest period first. */
    public List<PublicDeclaration> forPerson(long personId) {
        List<Long> ids = em.createQuery("select d.id from Declaration d where d.person.id = :person"
                        + " and d.latestVersionNo > 0 order by d.periodYear desc, d.type", Long.class)
                .setParameter("person", personId).getResultList();
        List<PublicDeclaration> published = new ArrayList<>();
        for (Long id : ids) {
            Declaration declaration = em.find(Declaration.class, id);
            if (rules.isPublished(declaration)) {
                published.add(declaration(id));
            }
        }
        return published;
    }

    /**
     * The submitted annual returns of an organisation (its influence activities) or of an institution (the lobbying
     * it received), latest year first: always public, as the lobbying register is.
     */
    public List<PublicReturn> annualReturns(PublicDeclarant.Kind kind, long declarantId) {
        String declarant = kind == PublicDeclarant.Kind.ORGANISATION ? "d.organisation.id" : "d.institution.id";
        return em.createQuery("select d from Declaration d where " + declarant + " = :id and d.latestVersionNo > 0"
                        + " order by d.periodYear desc", Declaration.class)
                .setParameter("id", declarantId).getResultStream()
                .map(d -> new PublicReturn(d.getId(), d.getType(), d.getPeriodYear(), d.getLatestVersionNo(),
                        d.getFirstSubmittedAt(), Lateness.isLate(d))).toList();
    }

    /** Totals of each year's latest visible asset declaration, earliest year first, for the year-over-year chart. */
    public List<YearFigures> assetFigures(long personId) {
        List<YearFigures> years = new ArrayList<>();
        List<Declaration> declarations = em.createQuery("select d from Declaration d where d.person.id = :person"
                        + " and d.type = :type and d.latestVersionNo > 0 order by d.periodYear", Declaration.class)
                .setParameter("person", personId).setParameter("type", DeclarationType.ASSET).getResultList();
        for (Declaration declaration : declarations) {
            if (!rules.isPublished(declaration)) {
                continue;
            }
            List<DeclarationVersion> versions = em.createQuery("select v from DeclarationVersion v"
                            + " where v.declaration = :d order by v.versionNo desc", DeclarationVersion.class)
                    .setParameter("d", declaration).getResultList();
            Set<Long> withheld = rules.withheld(versions.stream().map(DeclarationVersion::getId).toList());
            versions.stream().filter(v -> !withheld.contains(v.getId())).findFirst().ifPresent(v ->
                    years.add(new YearFigures(declaration.getPeriodYear(), declaration.getId(), v.getVersionNo(),
                            Submissions.readFigures(v.getFigures()))));
        }
        // two declarations in one year (an initial and an annual): the later one stands for the year
        List<YearFigures> byYear = new ArrayList<>();
        for (YearFigures y : years) {
            if (!byYear.isEmpty() && byYear.get(byYear.size() - 1).year() == y.year()) {
                byYear.set(byYear.size() - 1, y);
            } else {
                byYear.add(y);
            }
        }
        return byYear;
    }

    public PublicPerson person(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException("Person", personId);
        }
        List<Mandate> mandates = em.createQuery("select m from Mandate m join fetch m.position p join fetch p.institution"
                + " where m.person = :person order by m.startDate desc", Mandate.class)
                .setParameter("person", person).getResultList();
        if (mandates.isEmpty()) {
            // only officials are public persons; family members and others are not shown at all
            throw new NotFoundException("Person", personId);
        }
        List<PublicPerson.Post> posts = mandates.stream().map(m -> new PublicPerson.Post(m.getPosition().getTitleEl(),
                m.getPosition().getTitleEn(), m.getPosition().getInstitution().getNameEl(),
                m.getPosition().getInstitution().getNameEn(), m.getPosition().getInstitution().getId(),
                m.getStartDate(), m.getEndDate())).toList();
        return new PublicPerson(person.getId(), person.fullName(false), person.fullName(true), posts);
    }

    /** The redacted canonical form and its hash: what the public PDF and the API print. */
    public static String publicHash(DeclarationContent redacted) {
        return Hashing.sha256Hex(CanonicalJson.write(redacted));
    }

    /**
     * Published versions in submission order after the version id given, submitted up to {@code until} (and after
     * {@code since}, if given): a withheld one as a tombstone, the others redacted by the one policy. For the bulk
     * files, a page at a time.
     */
    public List<PublishedVersion> versionsAfter(long afterVersionId, java.time.Instant since, java.time.Instant until,
                                                int limit) {
        var query = em.createQuery("select v from DeclarationVersion v join fetch v.declaration d"
                + " left join fetch d.person left join fetch d.organisation left join fetch d.institution"
                + " left join fetch d.obligation where v.id > :after and v.submittedAt <= :until"
                + (since == null ? "" : " and v.submittedAt > :since") + " order by v.id", DeclarationVersion.class)
                .setParameter("after", afterVersionId).setParameter("until", until);
        if (since != null) {
            query.setParameter("since", since);
        }
        List<DeclarationVersion> versions = query.setMaxResults(Math.max(1, limit)).getResultList();
        Set<Long> withheld = rules.withheld(versions.stream().map(DeclarationVersion::getId).toList());
        List<PublishedVersion> rows = new ArrayList<>();
        for (DeclarationVersion v : versions) {
            Declaration d = v.getDeclaration();
            if (rules.isPublished(d)) {
                rows.add(new PublishedVersion(v.getId(), d.getId(), d.getType(), d.getPeriodYear(),
                        PublicDeclarant.of(d), toPublic(d, kinds.of(d.getType()).schema(), v, withheld.contains(v.getId()))));
            } else {
                // not published: stands for nothing in the files, but the page still moves past it
                rows.add(new PublishedVersion(v.getId(), d.getId(), d.getType(), d.getPeriodYear(), null, null));
            }
        }
        return rows;
    }

    private PublicVersion toPublic(Declaration declaration, DeclarationSchema schema, DeclarationVersion v,
                                   boolean withheld) {
        boolean superseded = v.getVersionNo() < declaration.getLatestVersionNo();
        boolean late = v.getVersionNo() == 1 && Lateness.isLate(declaration);
        if (withheld) {
            return new PublicVersion(v.getVersionNo(), v.getReceiptNumber(), v.getSubmittedAt(), superseded, late, true,
                    null, null);
        }
        DeclarationContent redacted = RedactionPolicy.redact(schema, CanonicalJson.read(v.getContent()));
        return new PublicVersion(v.getVersionNo(), v.getReceiptNumber(), v.getSubmittedAt(), superseded, late, false,
                publicHash(redacted), redacted);
    }

    private Declaration published(long declarationId) {
        Declaration declaration = em.find(Declaration.class, declarationId);
        if (declaration == null || declaration.getLatestVersionNo() == 0 || !rules.isPublished(declaration)) {
            throw new NotFoundException("Declaration", declarationId);
        }
        return declaration;
    }
}
