package gr.integrity.register.lobbying;

import gr.integrity.register.declaration.CanonicalJson;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationSubmitted;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DeclarationVersion;
import gr.integrity.register.declaration.FieldChecks;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.publication.RedactionPolicy;
import gr.integrity.register.publication.VersionWithheld;
import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.RecordSource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The public meeting record that submitted meeting declarations make. Several officials at one meeting each declare
 * it; the register counts it once: a declaration of the same day with the same organisations joins the meeting
 * already recorded, adding its declarant.
 *
 * <p>The record is always made again from what its declarations publish, as the redaction policy gives it: the
 * latest version of each that is not withheld. The declaration that made it gives the day, place, subject and
 * institution; every one of them adds its official and the organisations it names. An amendment revises the record;
 * one that moves the declaration to another meeting takes its part out of this one; a withholding takes out what
 * only the withheld version said, and a record none of whose declarations is public any more is gone.
 */
@Dependent
public class MeetingRecords {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<MeetingsRecorded> recorded;

    void submitted(@Observes DeclarationSubmitted event) {
        if (event.type() != DeclarationType.MEETING) {
            return;
        }
        DeclarationContent open = RedactionPolicy.redact(MeetingSchema.SCHEMA, event.content());
        LocalDate date = FieldChecks.date(open.header("date")).orElseThrow();
        Set<Long> organisations = organisationsOf(open);
        Meeting meeting = recordOf(event.declarationId()).orElse(null);
        if (meeting != null && !Long.valueOf(event.declarationId()).equals(meeting.getDeclarationId())
                && !(meeting.getDate().equals(date) && organisationIds(meeting).containsAll(organisations))) {
            // another official's record, which this declaration no longer describes: it leaves it
            leave(meeting, event.declarationId());
            meeting = null;
        }
        if (meeting == null) {
            meeting = sameMeeting(date, organisations).orElse(null);
        }
        if (meeting == null) {
            meeting = new Meeting(date, open.header("location"), open.header("subject"), null, RecordSource.REGISTER);
            meeting.declaredBy(event.declarationId());
            em.persist(meeting);
        }
        if (meeting.getOfficials().stream().noneMatch(o -> o.personId().equals(event.personId()))) {
            meeting.getOfficials().add(new Meeting.Official(event.personId(), null, event.declarationId()));
        }
        rebuild(meeting);
    }

    void withheld(@Observes VersionWithheld event) {
        if (event.type() == DeclarationType.MEETING) {
            recordOf(event.declarationId()).ifPresent(this::rebuild);
        }
    }

    /** The record a declaration made or joined. */
    private Optional<Meeting> recordOf(long declarationId) {
        return em.createQuery("select distinct m from Meeting m left join m.officials o"
                        + " where m.declarationId = :d or o.declarationId = :d", Meeting.class)
                .setParameter("d", declarationId).getResultStream().findFirst();
    }

    private void leave(Meeting meeting, long declarationId) {
        meeting.getOfficials().removeIf(o -> Long.valueOf(declarationId).equals(o.declarationId()));
        rebuild(meeting);
    }

    /**
     * The record made again from the public form of each of its declarations; the officials it had and has are
     * told of ({@link MeetingsRecorded}).
     */
    private void rebuild(Meeting meeting) {
        Set<Long> officials = new HashSet<>();
        meeting.getOfficials().forEach(o -> officials.add(o.personId()));
        remake(meeting);
        if (em.contains(meeting)) {
            meeting.getOfficials().forEach(o -> officials.add(o.personId()));
        }
        recorded.fire(new MeetingsRecorded(officials));
    }

    /**
     * Makes a record again from its declarations' public form, for a record made before the register kept
     * something it now takes from them (the policy areas, V18). Nobody's meetings change, so nobody is told.
     */
    public void remake(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting != null) {
            remake(meeting);
        }
    }

    private void remake(Meeting meeting) {
        Map<Long, DeclarationContent> published = new LinkedHashMap<>();
        meeting.getOfficials().stream().map(Meeting.Official::declarationId).filter(id -> id != null).sorted()
                .forEach(id -> latestPublished(id).ifPresent(content -> published.put(id, content)));
        meeting.getOfficials().removeIf(o -> o.declarationId() != null && !published.containsKey(o.declarationId()));
        if (published.isEmpty()) {
            if (meeting.getOfficials().isEmpty()) {
                em.remove(meeting);
            }
            return;
        }
        long madeBy = published.containsKey(meeting.getDeclarationId()) ? meeting.getDeclarationId()
                : published.keySet().iterator().next();
        DeclarationContent content = published.get(madeBy);
        LocalDate date = FieldChecks.date(content.header("date")).orElseThrow();
        Long maker = meeting.getOfficials().stream().filter(o -> Long.valueOf(madeBy).equals(o.declarationId()))
                .findFirst().map(Meeting.Official::personId).orElseThrow();
        meeting.revise(madeBy, date, content.header("location"), content.header("subject"), institutionOn(maker, date));
        meeting.getOrganisations().clear();
        // the areas every published declaration of the meeting names, each area once, as first written
        Map<String, Meeting.PolicyArea> areas = new LinkedHashMap<>();
        for (long declaration : orderedFrom(madeBy, published.keySet())) {
            Meeting.PolicyArea.named(published.get(declaration).header("policyAreas"))
                    .forEach(area -> areas.putIfAbsent(area.key(), area));
        }
        meeting.aboutPolicyAreas(new LinkedHashSet<>(areas.values()));
        for (long declaration : orderedFrom(madeBy, published.keySet())) {
            for (DeclarationContent.Item item : published.get(declaration).items(MeetingSchema.ORGANISATIONS)) {
                long id = Long.parseLong(item.get(FieldDef.idFieldOf("organisation")));
                if (meeting.getOrganisations().stream().noneMatch(o -> o.organisationId() == id)) {
                    meeting.getOrganisations().add(new Meeting.OrganisationMet(id, item.get("organisation")));
                }
            }
        }
    }

    private static List<Long> orderedFrom(long first, Set<Long> declarations) {
        return declarations.stream().sorted(Comparator.comparing((Long id) -> id != first).thenComparing(id -> id))
                .toList();
    }

    /** The latest version of the declaration that is not withheld, as the public may see it. */
    private Optional<DeclarationContent> latestPublished(long declarationId) {
        return em.createQuery("select v from DeclarationVersion v where v.declaration.id = :d and not exists"
                        + " (select w from PublicationWithholding w where w.version = v) order by v.versionNo desc",
                        DeclarationVersion.class).setParameter("d", declarationId).setMaxResults(1)
                .getResultStream().findFirst()
                .map(v -> RedactionPolicy.redact(MeetingSchema.SCHEMA, CanonicalJson.read(v.getContent())));
    }

    /** The institution of the post the official held on the day of the meeting: whom the organisations met. */
    private Institution institutionOn(long personId, LocalDate date) {
        return em.createQuery("select p.institution from Mandate m join m.position p where m.person.id = :person"
                        + " and m.startDate <= :day and (m.endDate is null or m.endDate >= :day)"
                        + " order by m.startDate desc", Institution.class)
                .setParameter("person", personId).setParameter("day", date).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    private static Set<Long> organisationsOf(DeclarationContent content) {
        return content.items(MeetingSchema.ORGANISATIONS).stream()
                .map(i -> Long.parseLong(i.get(FieldDef.idFieldOf("organisation"))))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Long> organisationIds(Meeting meeting) {
        return meeting.getOrganisations().stream().map(Meeting.OrganisationMet::organisationId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A meeting declared here on the same day with exactly these organisations: the same meeting, co-declared. */
    private Optional<Meeting> sameMeeting(LocalDate date, Set<Long> organisations) {
        return em.createQuery("select m from Meeting m where m.date = :date and m.source = :source", Meeting.class)
                .setParameter("date", date).setParameter("source", RecordSource.REGISTER).getResultStream()
                .filter(candidate -> organisationIds(candidate).equals(organisations)).findFirst();
    }
}
