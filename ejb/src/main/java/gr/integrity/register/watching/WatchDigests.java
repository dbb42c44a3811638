package gr.integrity.register.watching;

import gr.integrity.register.common.Messages;
import gr.integrity.register.common.TextKeys;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.lobbying.Meeting;
import gr.integrity.register.lobbying.MeetingSearch;
import gr.integrity.register.lobbying.PublicMeeting;
import gr.integrity.register.platform.RegisterConfig;
import gr.integrity.register.platform.mail.MailService;
import gr.integrity.register.publication.PublicDeclarationService;
import gr.integrity.register.publication.PublicFiling;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The digests: every half hour, each address with active watches gets one mail, through the outbox, listing what
 * was published for each of its watches since the last digest (new and amended filings, meetings recorded), each
 * with its link and the watch's one-click unsubscribe link. An address with nothing new gets nothing. Only what
 * the public sees goes in: filings through the publication rules, meetings as the public search shows them.
 */
@Stateless
public class WatchDigests {

    /** The most filings or meetings one watch lists in one digest; the rest are a link away. */
    static final int ITEMS_MAX = 20;
    /** The most meetings recorded since a watch's last digest that are read for it in one run. */
    private static final int MEETINGS_READ_MAX = 10_000;
    /** The most meetings one run keeps in memory to share between watches that start at the same instant. */
    private static final int MEETINGS_KEPT_MAX = 20_000;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PublicDeclarationService publication;

    @EJB
    private MeetingSearch meetings;

    @EJB
    private MailService mail;

    @EJB
    private Watches watches;

    @Inject
    private RegisterConfig config;

    @Schedule(minute = "*/30", hour = "*", persistent = false)
    @PermitAll
    void everyHalfHour() {
        send(lastCompleteSecond());
    }

    /** Sends the digests of what was published up to now (the timer's work, also for an ADMIN to run at once). */
    @RolesAllowed(Roles.ADMIN)
    public int sendNow() {
        return send(lastCompleteSecond());
    }

    /**
     * A digest covers whole seconds, up to the last one that is over: a version's submission time is kept to the
     * second, so a version submitted later in the current second could not be told from one the digest listed.
     * Each version is then in exactly one digest.
     */
    static Instant lastCompleteSecond() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
    }

    /** Answers how many digests went out. */
    private int send(Instant until) {
        List<Watch> active = em.createQuery("select w from Watch w where w.state = :state order by w.email, w.id",
                Watch.class).setParameter("state", WatchState.ACTIVE).getResultList();
        Map<String, List<Watch>> byAddress = new LinkedHashMap<>();
        active.forEach(w -> byAddress.computeIfAbsent(w.getEmail(), e -> new ArrayList<>()).add(w));
        int sent = 0;
        // the watches covered by the same runs share their start: the meetings recorded since are read once for all
        // (kept for MEETINGS_KEPT_MAX meetings at most; watches confirmed between runs start at other instants)
        Map<Instant, List<PublicMeeting>> recordedSince = new HashMap<>();
        int kept = 0;
        for (Map.Entry<String, List<Watch>> address : byAddress.entrySet()) {
            Locale locale = Locale.forLanguageTag(address.getValue().get(0).getLanguage());
            StringBuilder body = new StringBuilder();
            for (Watch watch : address.getValue()) {
                if (!until.isAfter(watch.getCoveredUntil())) {
                    continue;
                }
                List<PublicMeeting> recorded = recordedSince.get(watch.getCoveredUntil());
                if (recorded == null) {
                    recorded = meetingsRecorded(watch.getCoveredUntil(), until);
                    if (kept + recorded.size() <= MEETINGS_KEPT_MAX) {
                        recordedSince.put(watch.getCoveredUntil(), recorded);
                        kept += recorded.size();
                    }
                }
                List<String> items = itemsOf(watch, until, recorded, locale);
                if (!items.isEmpty()) {
                    body.append(watches.titleOf(watch)).append('\n');
                    items.forEach(item -> body.append(" - ").append(item).append('\n'));
                    body.append(Messages.text(locale, "digest.unsubscribe", watches.link("stop", watch.getToken())))
                            .append("\n\n");
                }
                watch.covered(until);
            }
            if (!body.isEmpty()) {
                mail.queueToList(address.getKey(), watches.oneClickUnsubscribe(address.getValue().get(0).getToken()),
                        locale, "mail.digest.subject", "mail.digest.body", body.toString().strip());
                sent++;
            }
        }
        return sent;
    }

    /** The meetings recorded after one instant up to another, oldest first, {@link #MEETINGS_READ_MAX} at most. */
    private List<PublicMeeting> meetingsRecorded(Instant since, Instant until) {
        List<PublicMeeting> recorded = new ArrayList<>();
        long after = 0;
        while (recorded.size() < MEETINGS_READ_MAX) {
            List<PublicMeeting> page = meetings.recordedBetween(since, until, after, MeetingSearch.MAX_LIMIT);
            if (page.isEmpty()) {
                break;
            }
            recorded.addAll(page);
            after = page.get(page.size() - 1).id();
        }
        return recorded;
    }

    private List<String> itemsOf(Watch watch, Instant until, List<PublicMeeting> recorded, Locale locale) {
        Instant since = watch.getCoveredUntil();
        List<String> items = new ArrayList<>();
        boolean english = "en".equals(locale.getLanguage());
        if (watch.getKind() != WatchKind.SEARCH) {
            for (PublicFiling f : publication.latest(watch.getPersonId(), watch.getOrganisationId(), ITEMS_MAX)) {
                // a meeting declaration's first version is listed as its meeting
                boolean listedAsMeeting = f.type() == DeclarationType.MEETING && f.versionNo() == 1;
                if (f.submittedAt().isAfter(since) && !f.submittedAt().isAfter(until) && !listedAsMeeting) {
                    items.add(Messages.text(locale, f.isAmendment() ? "digest.amendment" : "digest.filing",
                            Messages.text(locale, "declarationType." + f.type().name()), String.valueOf(f.periodYear()),
                            f.declarant().name(english), String.valueOf(f.versionNo()),
                            config.baseUrl() + "/declaration.xhtml?id=" + f.declarationId() + "&v=" + f.versionNo()));
                }
            }
        }
        for (PublicMeeting m : recorded) {
            if (items.size() >= ITEMS_MAX) {
                break;
            }
            if (concerns(watch, m)) {
                items.add(Messages.text(locale, "digest.meeting", m.date().toString(), m.subject(),
                        config.baseUrl() + "/meetings.xhtml?" + searchOf(watch)));
            }
        }
        return items;
    }

    private static boolean concerns(Watch watch, PublicMeeting m) {
        return switch (watch.getKind()) {
            case OFFICIAL -> m.officials().stream().anyMatch(a -> a.personId() == watch.getPersonId());
            case ORGANISATION -> m.organisations().stream().anyMatch(o -> o.organisationId() == watch.getOrganisationId());
            case SEARCH -> {
                String key = Meeting.subjectKey(m.subject());
                yield Arrays.stream(TextKeys.fold(watch.getSearchWords()).split(" ")).allMatch(key::contains);
            }
        };
    }

    /** The meetings search that shows what the watch follows. */
    private static String searchOf(Watch watch) {
        return switch (watch.getKind()) {
            case OFFICIAL -> "official=" + watch.getPersonId();
            case ORGANISATION -> "organisation=" + watch.getOrganisationId();
            case SEARCH -> "q=" + java.net.URLEncoder.encode(watch.getSearchWords(), java.nio.charset.StandardCharsets.UTF_8);
        };
    }
}
