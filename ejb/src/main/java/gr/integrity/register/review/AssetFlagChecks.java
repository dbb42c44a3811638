package gr.integrity.register.review;

import gr.integrity.register.asset.AssetDeclarationKind;
import gr.integrity.register.asset.AssetSchema;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.Numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The red flags of an asset declaration: wealth its income does not explain, cash, loans outside banks. */
final class AssetFlagChecks {

    /** The setting: what a household is assumed to spend a year (EUR). */
    static final String LIVING_ALLOWANCE = "review.livingAllowance";
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final Set<String> NOT_BANKS = Set.of("NON_BANK", "INDIVIDUAL");

    private AssetFlagChecks() {
    }

    /**
     * Net assets grew, since the previous year's declaration, by more than the year's income minus the living
     * allowance: the growth the income cannot explain.
     */
    static List<RaisedFlag> unexplainedWealth(FlagSubject s) {
        if (s.previousYearFigures() == null) {
            return List.of();
        }
        BigDecimal before = s.previousYearFigures().getOrDefault("netAssets", BigDecimal.ZERO);
        BigDecimal growth = s.figure("netAssets").subtract(before);
        BigDecimal allowance = s.settings().getOrDefault(LIVING_ALLOWANCE, BigDecimal.ZERO);
        BigDecimal explained = s.figure("income").subtract(allowance).max(BigDecimal.ZERO);
        BigDecimal unexplained = growth.subtract(explained);
        if (growth.signum() <= 0 || unexplained.signum() <= 0) {
            return List.of();
        }
        return List.of(RaisedFlag.at(AssetSchema.INCOME, null, n(growth), String.valueOf(s.previousYear()), n(before),
                n(s.figure("netAssets")), n(s.figure("income")), n(allowance), n(unexplained)));
    }

    /** Declared assets more than ten times the year's declared income. */
    static List<RaisedFlag> assetsAboveIncome(FlagSubject s) {
        BigDecimal assets = s.figure("assets");
        BigDecimal income = s.figure("income");
        if (assets.signum() <= 0 || assets.compareTo(income.multiply(TEN)) <= 0) {
            return List.of();
        }
        return List.of(RaisedFlag.at(AssetSchema.INCOME, null, n(assets), n(income)));
    }

    /** Cash held above the threshold of the setting. */
    static List<RaisedFlag> largeCash(FlagSubject s) {
        BigDecimal threshold = s.setting(AssetDeclarationKind.LARGE_CASH);
        BigDecimal cash = s.figure("cash");
        if (threshold == null || cash.compareTo(threshold) <= 0) {
            return List.of();
        }
        String item = s.content().items(AssetSchema.DEPOSITS).stream().filter(d -> "CASH".equals(d.get("kind")))
                .map(DeclarationContent.Item::getId).findFirst().orElse(null);
        return List.of(RaisedFlag.at(AssetSchema.DEPOSITS, item, n(cash), n(threshold)));
    }

    /** Each loan from a lender that is not a bank: a company or a person. */
    static List<RaisedFlag> nonBankLoans(FlagSubject s) {
        List<RaisedFlag> flags = new ArrayList<>();
        for (DeclarationContent.Item loan : s.content().items(AssetSchema.LIABILITIES)) {
            if (NOT_BANKS.contains(loan.get("lenderKind"))) {
                flags.add(RaisedFlag.at(AssetSchema.LIABILITIES, loan.getId(), String.valueOf(loan.get("lender")),
                        n(Numbers.valueOr(loan.get("amount"), BigDecimal.ZERO)),
                        String.valueOf(loan.get("currency"))));
            }
        }
        return flags;
    }

    /** An amendment, made after an auditor began the review, that declares less in assets than the version before. */
    static List<RaisedFlag> assetsLoweredInReview(FlagSubject s) {
        if (!s.reviewStarted() || s.previousVersionFigures() == null) {
            return List.of();
        }
        BigDecimal before = s.previousVersionFigures().getOrDefault("assets", BigDecimal.ZERO);
        if (s.figure("assets").compareTo(before) >= 0) {
            return List.of();
        }
        return List.of(RaisedFlag.of(String.valueOf(s.versionNo() - 1), n(before), n(s.figure("assets")),
                n(before.subtract(s.figure("assets")))));
    }

    static String n(BigDecimal value) {
        return Numbers.normalize(value);
    }
}
