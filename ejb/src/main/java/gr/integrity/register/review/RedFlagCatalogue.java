package gr.integrity.register.review;

import gr.integrity.register.declaration.DeclarationType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The red flags the register checks a submitted version for. Each one's weight is data ({@code red_flag_rule},
 * edited by an ADMIN) and so is its explanation (the message {@code flag.<code>}); the risk score is the weighted
 * sum. Missing filings are flagged on the person by {@link MissingFilings}, not here: there is no version to check.
 */
public final class RedFlagCatalogue {

    public static final String MISSING_FILING = "MISSING_FILING";
    /** Raised on a declaration of interests, and raised again whenever the person's recorded meetings change. */
    public static final String INTEREST_MET_ORGANISATION = "INTEREST_MET_ORGANISATION";

    private static final EnumSet<DeclarationType> ASSET = EnumSet.of(DeclarationType.ASSET);

    public static final List<RedFlagRule> RULES = List.of(
            new RedFlagRule("UNEXPLAINED_WEALTH", ASSET, AssetFlagChecks::unexplainedWealth),
            new RedFlagRule("ASSETS_ABOVE_INCOME", ASSET, AssetFlagChecks::assetsAboveIncome),
            new RedFlagRule("LARGE_CASH", ASSET, AssetFlagChecks::largeCash),
            new RedFlagRule("NON_BANK_LOAN", ASSET, AssetFlagChecks::nonBankLoans),
            new RedFlagRule("ASSETS_LOWERED_IN_REVIEW", ASSET, AssetFlagChecks::assetsLoweredInReview),
            new RedFlagRule("GIFT_ABOVE_THRESHOLD", EnumSet.of(DeclarationType.INTEREST),
                    LobbyingFlagChecks::giftsAboveThreshold),
            new RedFlagRule("MEETING_WITH_INTEREST", EnumSet.of(DeclarationType.MEETING),
                    LobbyingFlagChecks::meetingWithInterest),
            new RedFlagRule(INTEREST_MET_ORGANISATION, EnumSet.of(DeclarationType.INTEREST),
                    s -> LobbyingFlagChecks.interestInMetOrganisation(s.content(), s.personId(), s.lookups())),
            new RedFlagRule("LOBBYIST_COOLING_OFF", EnumSet.of(DeclarationType.MEETING),
                    LobbyingFlagChecks::lobbyistInCoolingOff),
            new RedFlagRule("PRIVATE_LOOKING_TEXT", EnumSet.allOf(DeclarationType.class),
                    PublicTextFlagChecks::privateLooking),
            new RedFlagRule("LATE_FILING", EnumSet.allOf(DeclarationType.class),
                    s -> s.late() ? List.of(RaisedFlag.of()) : List.of()));

    private RedFlagCatalogue() {
    }

    /** A flag a rule raised on a version: the rule's code and what it found. */
    public record Raised(String code, RaisedFlag flag) {
    }

    /** Every flag the rules raise on a version: the one evaluation, for a filing and for the bulk writer alike. */
    public static List<Raised> raise(FlagSubject subject) {
        List<Raised> raised = new ArrayList<>();
        for (RedFlagRule rule : RULES) {
            rule.check(subject).forEach(flag -> raised.add(new Raised(rule.code(), flag)));
        }
        return raised;
    }

    /** The risk score of these flags: the sum of their rules' weights (a rule without a weight counts nothing). */
    public static int score(List<Raised> raised, Map<String, Integer> weights) {
        return raised.stream().mapToInt(r -> weights.getOrDefault(r.code(), 0)).sum();
    }

    /** How a flag's arguments are kept in one column. */
    public static String joinedArguments(RaisedFlag flag) {
        return String.join(RedFlag.SEPARATOR, flag.arguments());
    }
}
