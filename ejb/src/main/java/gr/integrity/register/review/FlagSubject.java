package gr.integrity.register.review;

import gr.integrity.register.asset.AssetDeclarationKind;
import gr.integrity.register.declaration.Numbers;
import gr.integrity.register.interest.InterestDeclarationKind;
import gr.integrity.register.registry.RegistrySettings;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the red-flag rules look at: the submitted version (content and its figures), the version before it and the
 * person's previous year of assets, whether review had begun, the thresholds, and lookups into the rest of the
 * register (the official's declared interests and recorded meetings, the lobbyists of an organisation).
 */
public record FlagSubject(long declarationId, DeclarationType type, long personId, int versionNo,
                          DeclarationContent content, Map<String, BigDecimal> figures,
                          Map<String, BigDecimal> previousVersionFigures, Integer previousYear,
                          Map<String, BigDecimal> previousYearFigures, boolean reviewStarted, boolean late,
                          LocalDate submittedOn, Map<String, BigDecimal> settings, Lookups lookups) {

    /** What the rules ask of the rest of the register. */
    public interface Lookups {

        /** The organisations (record ids) the person's latest declaration of interests names. */
        Set<Long> declaredInterests(long personId);

        /** The persons lobbying for an organisation while their cooling-off period runs: "name, position, until". */
        List<String> coolingOffLobbyists(long organisationId);

        /**
         * The meetings the register records the person at with any of these organisations, declared here or
         * imported, oldest first (merged records count as their survivor).
         */
        List<MeetingHeld> meetingsWith(long personId, Set<Long> organisationIds);
    }

    /** A recorded meeting with one of the organisations asked about: which one (as asked), and when. */
    public record MeetingHeld(long meetingId, LocalDate date, long organisationId) {
    }

    /** The settings the rules read (thresholds, the living allowance). */
    public static final List<String> SETTINGS = List.of(AssetDeclarationKind.LARGE_CASH,
            InterestDeclarationKind.GIFT_THRESHOLD, AssetFlagChecks.LIVING_ALLOWANCE);

    /** The rules' settings as the register holds them now. */
    public static Map<String, BigDecimal> settingsFrom(RegistrySettings settings) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (String name : SETTINGS) {
            Numbers.parse(settings.value(name, "")).ifPresent(v -> values.put(name, v));
        }
        return values;
    }

    /** For filings whose rules need nothing from the rest of the register (asset and interest declarations). */
    public static final Lookups NOTHING_ELSE = new Lookups() {
        @Override
        public Set<Long> declaredInterests(long personId) {
            return Set.of();
        }

        @Override
        public List<String> coolingOffLobbyists(long organisationId) {
            return List.of();
        }

        @Override
        public List<MeetingHeld> meetingsWith(long personId, Set<Long> organisationIds) {
            return List.of();
        }
    };

    public BigDecimal figure(String name) {
        return figures.getOrDefault(name, BigDecimal.ZERO);
    }

    public BigDecimal setting(String name) {
        return settings.get(name);
    }
}
