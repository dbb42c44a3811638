package gr.integrity.register.review;

import gr.integrity.register.declaration.DeclarationType;

import java.util.EnumSet;
import java.util.List;

/**
 * The red flags the register checks a submitted version for. Each one's weight is data ({@code red_flag_rule},
 * edited by an ADMIN) and so is its explanation (the message {@code flag.<code>}); the risk score is the weighted
 * sum. Missing filings are flagged on the person by {@link MissingFilings}, not here: there is no version to check.
 */
public final class RedFlagCatalogue {

    public static final String MISSING_FILING = "MISSING_FILING";

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
            new RedFlagRule("LOBBYIST_COOLING_OFF", EnumSet.of(DeclarationType.MEETING),
                    LobbyingFlagChecks::lobbyistInCoolingOff),
            new RedFlagRule("LATE_FILING", EnumSet.allOf(DeclarationType.class),
                    s -> s.late() ? List.of(RaisedFlag.of()) : List.of()));

    private RedFlagCatalogue() {
    }
}
