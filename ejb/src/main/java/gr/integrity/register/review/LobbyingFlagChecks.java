package gr.integrity.register.review;

import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationSchema.NamedOrganisation;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.declaration.Numbers;
import gr.integrity.register.interest.InterestDeclarationKind;
import gr.integrity.register.interest.InterestSchema;
import gr.integrity.register.lobbying.MeetingSchema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The red flags of interests and meetings: gifts above the threshold, a meeting with an organisation the official
 * declared an interest in (checked both ways: a meeting against the interests declared before it, a declaration of
 * interests against the meetings recorded before it), a meeting with a lobbyist who left public office within the
 * cooling-off period.
 */
final class LobbyingFlagChecks {

    private static final String ORGANISATION_ID = FieldDef.idFieldOf("organisation");

    private LobbyingFlagChecks() {
    }

    static List<RaisedFlag> giftsAboveThreshold(FlagSubject s) {
        BigDecimal threshold = s.setting(InterestDeclarationKind.GIFT_THRESHOLD);
        if (threshold == null) {
            return List.of();
        }
        List<RaisedFlag> flags = new ArrayList<>();
        for (DeclarationContent.Item gift : s.content().items(InterestSchema.GIFTS)) {
            BigDecimal value = Numbers.valueOr(gift.get("value"), BigDecimal.ZERO);
            if (value.compareTo(threshold) > 0) {
                String giver = gift.get("giver") != null ? gift.get("giver") : String.valueOf(gift.get("giverPerson"));
                flags.add(RaisedFlag.at(InterestSchema.GIFTS, gift.getId(), giver, AssetFlagChecks.n(value),
                        String.valueOf(gift.get("currency")), AssetFlagChecks.n(threshold)));
            }
        }
        return flags;
    }

    static List<RaisedFlag> meetingWithInterest(FlagSubject s) {
        Set<Long> interests = s.lookups().declaredInterests(s.personId());
        List<RaisedFlag> flags = new ArrayList<>();
        for (DeclarationContent.Item met : s.content().items(MeetingSchema.ORGANISATIONS)) {
            Long id = id(met);
            if (id != null && interests.contains(id)) {
                flags.add(RaisedFlag.at(MeetingSchema.ORGANISATIONS, met.getId(), met.get("organisation")));
            }
        }
        return flags;
    }

    /**
     * A declaration of interests naming an organisation (anywhere, its header included) the official is recorded
     * meeting: one flag per meeting and organisation, on the first place the organisation is named.
     */
    static List<RaisedFlag> interestInMetOrganisation(DeclarationContent interests, long personId,
                                                      FlagSubject.Lookups lookups) {
        List<NamedOrganisation> named = InterestSchema.SCHEMA.organisationsIn(interests);
        if (named.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = named.stream().map(NamedOrganisation::organisationId).collect(Collectors.toSet());
        List<RaisedFlag> flags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FlagSubject.MeetingHeld held : lookups.meetingsWith(personId, ids)) {
            if (seen.add(held.organisationId() + "/" + held.meetingId())) {
                NamedOrganisation where = named.stream().filter(n -> n.organisationId() == held.organisationId())
                        .findFirst().orElseThrow();
                flags.add(RaisedFlag.at(where.section(), where.itemId(), where.nameGiven(), held.date().toString()));
            }
        }
        return flags;
    }

    static List<RaisedFlag> lobbyistInCoolingOff(FlagSubject s) {
        List<RaisedFlag> flags = new ArrayList<>();
        for (DeclarationContent.Item met : s.content().items(MeetingSchema.ORGANISATIONS)) {
            Long id = id(met);
            if (id != null) {
                for (String lobbyist : s.lookups().coolingOffLobbyists(id)) {
                    flags.add(RaisedFlag.at(MeetingSchema.ORGANISATIONS, met.getId(), met.get("organisation"), lobbyist));
                }
            }
        }
        return flags;
    }

    private static Long id(DeclarationContent.Item item) {
        String id = item.get(ORGANISATION_ID);
        return id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }
}
