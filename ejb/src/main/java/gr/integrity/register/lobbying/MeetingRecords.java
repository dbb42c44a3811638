package gr.integrity.register.lobbying;

import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationSubmitted;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.FieldChecks;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.registry.RecordSource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The public meeting record a submitted meeting declaration makes. Several officials at one meeting each declare
 * it; the register counts it once: a declaration of the same day with the same organisations joins the meeting
 * already recorded, adding its declarant. An amendment revises the record its declaration made.
 */
@Dependent
public class MeetingRecords {

    @PersistenceContext
    private EntityManager em;

    void submitted(@Observes DeclarationSubmitted event) {
        if (event.type() != DeclarationType.MEETING) {
            return;
        }
        DeclarationContent content = event.content();
        LocalDate date = FieldChecks.date(content.header("date")).orElseThrow();
        Set<Long> organisations = content.items(MeetingSchema.ORGANISATIONS).stream()
                .map(i -> Long.parseLong(i.get(FieldDef.idFieldOf("organisation"))))
                .collect(Collectors.toCollection(TreeSet::new));
        Meeting meeting = recordOf(event.declarationId());
        if (meeting == null) {
            meeting = sameMeeting(date, organisations);
        }
        if (meeting == null) {
            meeting = new Meeting(date, content.header("location"), content.header("subject"), null, RecordSource.REGISTER);
            meeting.declaredBy(event.declarationId());
            em.persist(meeting);
        } else if (meeting.getDeclarationId() != null && meeting.getDeclarationId() == event.declarationId()) {
            meeting.revise(date, content.header("location"), content.header("subject"));
            meeting.getOrganisations().clear();
        }
        for (DeclarationContent.Item item : content.items(MeetingSchema.ORGANISATIONS)) {
            long id = Long.parseLong(item.get(FieldDef.idFieldOf("organisation")));
            if (meeting.getOrganisations().stream().noneMatch(o -> o.organisationId() == id)) {
                meeting.getOrganisations().add(new Meeting.OrganisationMet(id, item.get("organisation")));
            }
        }
        if (meeting.getOfficials().stream().noneMatch(o -> o.personId() == event.personId())) {
            meeting.getOfficials().add(new Meeting.Official(event.personId(), null));
        }
    }

    /** The meeting this declaration recorded, when it is an amendment. */
    private Meeting recordOf(long declarationId) {
        List<Meeting> found = em.createQuery("select m from Meeting m where m.declarationId = :d", Meeting.class)
                .setParameter("d", declarationId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** A meeting declared here on the same day with exactly these organisations: the same meeting, co-declared. */
    private Meeting sameMeeting(LocalDate date, Set<Long> organisations) {
        for (Meeting candidate : em.createQuery("select m from Meeting m where m.date = :date and m.source = :source",
                Meeting.class).setParameter("date", date).setParameter("source", RecordSource.REGISTER).getResultList()) {
            Set<Long> theirs = candidate.getOrganisations().stream().map(Meeting.OrganisationMet::organisationId)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (theirs.equals(organisations)) {
                return candidate;
            }
        }
        return null;
    }
}
