package gr.integrity.register.returns;

import gr.integrity.register.common.TextKeys;
import gr.integrity.register.declaration.CanonicalJson;
import gr.integrity.register.declaration.Declaration;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationContent.Item;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DeclarationVersion;
import gr.integrity.register.declaration.FieldChecks;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.lobbying.Meeting;
import gr.integrity.register.registry.Person;
import gr.integrity.register.returns.ContactEntry.Source;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reconciles a year's annual returns with the officials' meeting declarations and the institutions' declarations
 * of lobbying received (law 4829/2021): every contact one side reports and the other does not is a
 * {@link Discrepancy} for the auditors, with both sides. Two entries are the same contact when they name the same
 * organisation, the same day and the same official: the official's name matches when every word of the shorter
 * of the two names is in the other (a title or a middle name does not hide it), folded, in Greek or Latin letters.
 * Only meetings (in person or by video) are looked for in the officials' declarations, since officials declare
 * meetings, not letters or calls; a return's contact is looked for in an institution's declaration when the return
 * names an institution that filed one for the year, and so is a meeting an official of that institution declared
 * (the institution of the official's post on the day of the meeting).
 */
@Stateless
public class LobbyingReconciliation {

    private static final Set<String> MEETINGS = Set.of("MEETING", "VIDEO");

    @PersistenceContext
    private EntityManager em;

    /** The year's discrepancies, by date, then by organisation. */
    @RolesAllowed(Roles.AUDITOR)
    public List<Discrepancy> ofYear(int year) {
        AnnualReturns.checkYear(year);
        List<Contact> returned = new ArrayList<>();
        List<Contact> received = new ArrayList<>();
        // the institutions that declared the lobbying they received, by their folded names in Greek and in English
        Map<String, Long> institutionsFiled = new HashMap<>();
        Set<Long> organisationsFiled = new HashSet<>();
        Set<Long> organisationsReceived = new HashSet<>();
        for (DeclarationVersion v : latestVersions(year)) {
            Declaration d = v.getDeclaration();
            DeclarationContent content = CanonicalJson.read(v.getContent());
            if (d.getType() == DeclarationType.LOBBYING_RETURN) {
                organisationsFiled.add(d.getOrganisation().getId());
                for (Item item : content.items(ReturnSchemas.ACTIVITIES)) {
                    contact(Source.RETURN, d, item, d.getOrganisation().getId(), d.getOrganisation().name(false),
                            item.get("decision")).ifPresent(returned::add);
                }
            } else {
                institutionsFiled.put(TextKeys.fold(d.getInstitution().name(false)), d.getInstitution().getId());
                institutionsFiled.put(TextKeys.fold(d.getInstitution().name(true)), d.getInstitution().getId());
                for (Item item : content.items(ReturnSchemas.CONTACTS)) {
                    Long organisationId = recordId(item.get(FieldDef.idFieldOf("organisation")));
                    if (organisationId != null) {
                        organisationsReceived.add(organisationId);
                        contact(Source.RECEIVED, d, item, organisationId, item.get("organisation"), item.get("subject"))
                                .ifPresent(received::add);
                    }
                }
            }
        }
        Set<Long> organisationsNamed = new HashSet<>(organisationsFiled);
        organisationsNamed.addAll(organisationsReceived);
        Set<Long> institutionsDeclaring = Set.copyOf(institutionsFiled.values());
        List<Contact> declared = declaredMeetings(year, organisationsNamed, institutionsDeclaring);
        Set<Long> registered = registeredLobbyists();

        List<Discrepancy> found = new ArrayList<>();
        for (Contact c : returned) {
            if (MEETINGS.contains(c.entry.method()) && none(declared, c)) {
                found.add(new Discrepancy("RETURN_NOT_DECLARED", c.entry, nearby(declared, c)));
            }
            String institution = TextKeys.fold(c.institution);
            Long institutionId = institution.isEmpty() ? null : institutionsFiled.get(institution);
            if (institutionId != null) {
                List<Contact> ofInstitution = received.stream().filter(r -> r.institutionId == institutionId).toList();
                if (none(ofInstitution, c)) {
                    found.add(new Discrepancy("RETURN_NOT_RECEIVED", c.entry, nearby(ofInstitution, c)));
                }
            }
        }
        for (Contact m : declared) {
            if (organisationsFiled.contains(m.organisationId) && none(returned, m)) {
                found.add(new Discrepancy("MEETING_NOT_RETURNED", m.entry, nearby(returned, m)));
            }
            if (institutionsDeclaring.contains(m.institutionId)) {
                List<Contact> ofInstitution = received.stream().filter(r -> r.institutionId == m.institutionId).toList();
                if (none(ofInstitution, m)) {
                    found.add(new Discrepancy("MEETING_NOT_RECEIVED", m.entry, nearby(ofInstitution, m)));
                }
            }
        }
        for (Contact r : received) {
            if (MEETINGS.contains(r.entry.method()) && none(declared, r)) {
                found.add(new Discrepancy("RECEIVED_NOT_DECLARED", r.entry, nearby(declared, r)));
            }
            if (organisationsFiled.contains(r.organisationId)) {
                if (none(returned, r)) {
                    found.add(new Discrepancy("RECEIVED_NOT_RETURNED", r.entry, nearby(returned, r)));
                }
            } else if (registered.contains(r.organisationId)) {
                found.add(new Discrepancy("RECEIVED_NO_RETURN", r.entry, List.of()));
            }
        }
        found.sort(Comparator.comparing((Discrepancy d) -> d.reported().date())
                .thenComparing(d -> TextKeys.fold(d.reported().organisation())).thenComparing(Discrepancy::code));
        return found;
    }

    /**
     * What the reconciliation holds about the meeting an official declared in this declaration: the discrepancies
     * that report it (left out of a return, or of the institution's declaration) or that show it as the other side
     * of a contact reported around its day. The filing's review shows them beside its flags. None for a declaration
     * of another kind, or for a meeting of a year that cannot be reconciled yet.
     */
    @RolesAllowed(Roles.AUDITOR)
    public List<Discrepancy> concerning(long declarationId) {
        Declaration declaration = em.find(Declaration.class, declarationId);
        if (declaration == null || declaration.getType() != DeclarationType.MEETING) {
            return List.of();
        }
        List<LocalDate> days = em.createQuery("select m.date from Meeting m join m.officials o"
                + " where o.declarationId = :id", LocalDate.class).setParameter("id", declarationId).getResultList();
        if (days.isEmpty() || !AnnualReturns.years().contains(days.get(0).getYear())) {
            return List.of();
        }
        Predicate<ContactEntry> thisMeeting = e -> e.source() == Source.MEETING && e.declarationId() == declarationId;
        return ofYear(days.get(0).getYear()).stream()
                .filter(d -> thisMeeting.test(d.reported()) || d.otherSide().stream().anyMatch(thisMeeting)).toList();
    }

    /** A contact as the matching reads it: the entry shown, the organisation's record, the official's words. */
    private record Contact(ContactEntry entry, long organisationId, long institutionId, String institution,
                           List<Set<String>> officialNames) {

        boolean sameAs(Contact other) {
            if (organisationId != other.organisationId || !entry.date().equals(other.entry.date())) {
                return false;
            }
            for (Set<String> mine : officialNames) {
                for (Set<String> theirs : other.officialNames) {
                    if (!mine.isEmpty() && !theirs.isEmpty() && (mine.containsAll(theirs) || theirs.containsAll(mine))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static boolean none(List<Contact> others, Contact contact) {
        return others.stream().noneMatch(contact::sameAs);
    }

    /** What the other side holds for the organisation within a week of the date, nearest first. */
    private static List<ContactEntry> nearby(List<Contact> others, Contact contact) {
        Predicate<Contact> close = o -> o.organisationId == contact.organisationId
                && Math.abs(ChronoUnit.DAYS.between(o.entry.date(), contact.entry.date())) <= Discrepancy.NEARBY_DAYS;
        return others.stream().filter(close)
                .sorted(Comparator.comparingLong(o -> Math.abs(ChronoUnit.DAYS.between(o.entry.date(),
                        contact.entry.date()))))
                .map(Contact::entry).limit(5).toList();
    }

    private Optional<Contact> contact(Source source, Declaration d, Item item, long organisationId,
                                                String organisationName, String detail) {
        Optional<LocalDate> date = FieldChecks.date(item.get("date"));
        String official = item.get("official");
        if (date.isEmpty() || official == null) {
            return Optional.empty();
        }
        long institutionId = d.getInstitution() == null ? 0 : d.getInstitution().getId();
        ContactEntry entry = new ContactEntry(source, d.getId(), date.get(), item.get("method"), official,
                organisationName, d.declarantName(), detail);
        return Optional.of(new Contact(entry, organisationId, institutionId, item.get("institution"),
                List.of(Set.copyOf(TextKeys.words(official)))));
    }

    /** The latest submitted version of each annual return for the year. */
    private List<DeclarationVersion> latestVersions(int year) {
        return em.createQuery("select v from DeclarationVersion v join fetch v.declaration d"
                        + " left join fetch d.organisation left join fetch d.institution"
                        + " where d.type in :types and d.periodYear = :y and v.versionNo = d.latestVersionNo",
                        DeclarationVersion.class)
                .setParameter("types", List.of(DeclarationType.LOBBYING_RETURN, DeclarationType.LOBBYING_RECEIVED))
                .setParameter("y", year).getResultList();
    }

    /**
     * The year's meetings officials declared in the register that a return or an institution's declaration can be
     * compared with, either way: with the organisations named in either, or at the institutions that declared the
     * lobbying they received. One contact per organisation met, each with the names of the officials who declared
     * it, in Greek and in Latin letters, and the institution of the officials' posts on the day.
     */
    private List<Contact> declaredMeetings(int year, Set<Long> organisations, Set<Long> institutions) {
        if (organisations.isEmpty() && institutions.isEmpty()) {
            return List.of();
        }
        // an empty IN list is not valid SQL: a set with no real id stands for none
        List<Meeting> meetings = em.createQuery("select distinct m from Meeting m join fetch m.officials"
                        + " join fetch m.organisations left join fetch m.institution"
                        + " where m.date between :from and :to and (m.institution.id in :institutions or m.id in"
                        + " (select n.id from Meeting n join n.organisations o where o.organisationId in :organisations))",
                        Meeting.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .setParameter("organisations", organisations.isEmpty() ? Set.of(0L) : organisations)
                .setParameter("institutions", institutions.isEmpty() ? Set.of(0L) : institutions).getResultList();
        Set<Long> personIds = new HashSet<>();
        meetings.forEach(m -> m.getOfficials().forEach(o -> personIds.add(o.personId())));
        Map<Long, Person> persons = new HashMap<>();
        if (!personIds.isEmpty()) {
            em.createQuery("select p from Person p where p.id in :ids", Person.class)
                    .setParameter("ids", personIds).getResultStream().forEach(p -> persons.put(p.getId(), p));
        }
        List<Contact> contacts = new ArrayList<>();
        for (Meeting m : meetings) {
            List<Meeting.Official> declaring = m.getOfficials().stream().filter(o -> o.declarationId() != null).toList();
            if (declaring.isEmpty()) {
                continue;
            }
            List<Set<String>> names = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (Meeting.Official o : declaring) {
                Person p = persons.get(o.personId());
                names.add(Set.copyOf(TextKeys.words(p.fullName(false))));
                names.add(Set.copyOf(TextKeys.words(p.fullName(true))));
                shown.add(p.fullName(false));
            }
            for (Meeting.OrganisationMet met : m.getOrganisations()) {
                ContactEntry entry = new ContactEntry(Source.MEETING, declaring.get(0).declarationId(), m.getDate(),
                        "MEETING", String.join(", ", shown), met.nameGiven(), String.join(", ", shown), m.getSubject());
                long institutionId = m.getInstitution() == null ? 0 : m.getInstitution().getId();
                contacts.add(new Contact(entry, met.organisationId(), institutionId, null, names));
            }
        }
        return contacts;
    }

    /** Organisations with a representative in the lobbying register: they owe a return. */
    private Set<Long> registeredLobbyists() {
        return Set.copyOf(em.createQuery("select o.id from Organisation o where o.representative is not null",
                Long.class).getResultList());
    }

    /** The record id the register set on an organisation field; none when the name is not linked yet. */
    private static Long recordId(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }
}
