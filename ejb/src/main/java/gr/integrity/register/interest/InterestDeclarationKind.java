package gr.integrity.register.interest;

import gr.integrity.register.declaration.AmountBands;
import gr.integrity.register.declaration.CommonRules;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationContent.Item;
import gr.integrity.register.declaration.DeclarationKind;
import gr.integrity.register.declaration.DeclarationSchema;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.FieldChecks;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.declaration.Numbers;
import gr.integrity.register.declaration.RuleContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static gr.integrity.register.interest.InterestSchema.BOARDS;
import static gr.integrity.register.interest.InterestSchema.EMPLOYMENT;
import static gr.integrity.register.interest.InterestSchema.GIFTS;
import static gr.integrity.register.interest.InterestSchema.HOLDINGS;
import static gr.integrity.register.interest.InterestSchema.MEMBERSHIPS;
import static gr.integrity.register.interest.InterestSchema.OTHER;
import static gr.integrity.register.interest.InterestSchema.POSITIONS;
import static gr.integrity.register.interest.InterestSchema.TRAVEL;

/**
 * The declaration of interests' content and rules. Besides the field checks every type shares (INTEREST-001 to 013,
 * and 050 for an organisation the register does not know yet), its own rules are:
 * <pre>
 * 014 E  paid, but neither an amount nor a band          022 E  a holding with neither its share nor its value
 * 015 E  the amount does not fall in the band chosen     023 E  a period that ends before it starts
 * 016 E  unpaid, but with an amount or a band            024 W  full-time employments that overlap
 * 017 E  a gift above the threshold without its giver    025 W  employment that ended over five years before the year
 * 018 E  a gift above the threshold without its date     026 W  the same item twice
 * 019 W  a gift above the threshold (flagged)            027 E  travel paid by others without a value or band
 * 020 W  a gift dated outside the declared year          028 W  the deadline has passed (accepted, flagged late)
 * 021 W  a holding below both thresholds                 029 W  a declaration with nothing in it
 * </pre>
 * Thresholds are the register's settings: {@value #GIFT_THRESHOLD}, {@value #HOLDING_SHARE} and
 * {@value #HOLDING_VALUE}.
 */
@ApplicationScoped
public class InterestDeclarationKind implements DeclarationKind {

    public static final String PREFIX = "INTEREST";
    public static final String GIFT_THRESHOLD = "interest.giftThreshold";
    public static final String HOLDING_SHARE = "interest.holdingShareThreshold";
    public static final String HOLDING_VALUE = "interest.holdingValueThreshold";

    /** Employment of the last five years is declared; earlier is history, not interest. */
    private static final int EMPLOYMENT_YEARS = 5;

    /** What still holds next year: positions, holdings, boards, employment, memberships, other interests. */
    private static final List<String> CARRIED_OVER = List.of(POSITIONS, HOLDINGS, BOARDS, EMPLOYMENT, MEMBERSHIPS, OTHER);

    @Override
    public DeclarationType type() {
        return DeclarationType.INTEREST;
    }

    @Override
    public DeclarationSchema schema() {
        return InterestSchema.SCHEMA;
    }

    @Override
    public String codePrefix() {
        return PREFIX;
    }

    @Override
    public Map<String, BigDecimal> thresholds() {
        return Map.of(GIFT_THRESHOLD, BigDecimal.valueOf(150), HOLDING_SHARE, BigDecimal.ONE,
                HOLDING_VALUE, BigDecimal.valueOf(25_000));
    }

    @Override
    public Map<String, String> defaults(String section) {
        return InterestSchema.defaults(section);
    }

    /**
     * Carries over what still holds: the year's gifts and travel do not, nor a position, board seat or employment
     * that had ended before the new year began.
     */
    @Override
    public DeclarationContent newDraft(int periodYear, DeclarationContent previous) {
        DeclarationContent draft = new DeclarationContent();
        if (previous == null) {
            return draft;
        }
        previous.getHeader().forEach((field, value) -> draft.getHeader().put(field, value));
        LocalDate yearStart = LocalDate.of(periodYear, 1, 1);
        for (String section : CARRIED_OVER) {
            for (Item item : previous.items(section)) {
                Optional<LocalDate> ended = FieldChecks.date(item.get("to"));
                boolean over = ended.isPresent() && ended.get().isBefore(yearStart) && !EMPLOYMENT.equals(section);
                if (!over) {
                    draft.items(section).add(item.copy(true));
                }
            }
        }
        return draft;
    }

    @Override
    public List<Finding> check(DeclarationContent content, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        FieldChecks.checkAll(InterestSchema.SCHEMA, content, context, PREFIX, findings);
        for (String section : List.of(POSITIONS, BOARDS)) {
            for (Item item : content.items(section)) {
                remuneration(section, item, findings);
            }
        }
        gifts(content, context, findings);
        holdings(content, context, findings);
        for (String section : List.of(POSITIONS, BOARDS, EMPLOYMENT, TRAVEL)) {
            for (Item item : content.items(section)) {
                Optional<LocalDate> from = FieldChecks.date(item.get("from"));
                Optional<LocalDate> to = FieldChecks.date(item.get("to"));
                if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
                    findings.add(Finding.error("INTEREST-023", section, item.getId(), "to"));
                }
            }
        }
        employment(content, context, findings);
        CommonRules.sameItemTwice("INTEREST-026", InterestSchema.SCHEMA, content, findings);
        for (Item trip : content.items(TRAVEL)) {
            if (trip.get("value") == null && trip.get("band") == null) {
                findings.add(Finding.error("INTEREST-027", TRAVEL, trip.getId(), "value"));
            }
            bandMatches(TRAVEL, trip, "value", findings);
        }
        CommonRules.deadlinePassed("INTEREST-028", context, findings);
        CommonRules.nothingDeclared("INTEREST-029", content, findings);
        return findings;
    }

    /** Paid activities declare an amount or a band (consistent with each other); unpaid ones neither. */
    private void remuneration(String section, Item item, List<Finding> findings) {
        boolean hasAmount = item.get("amount") != null;
        boolean hasBand = item.get("band") != null;
        if ("PAID".equals(item.get("paid")) && !hasAmount && !hasBand) {
            findings.add(Finding.error("INTEREST-014", section, item.getId(), "amount"));
        }
        if ("UNPAID".equals(item.get("paid")) && (hasAmount || hasBand)) {
            findings.add(Finding.error("INTEREST-016", section, item.getId(), hasAmount ? "amount" : "band"));
        }
        bandMatches(section, item, "amount", findings);
    }

    private void bandMatches(String section, Item item, String amountField, List<Finding> findings) {
        Optional<BigDecimal> amount = Numbers.parse(item.get(amountField));
        if (amount.isPresent() && AmountBands.contains(item.get("band"), amount.get()).orElse(true).equals(false)) {
            findings.add(Finding.error("INTEREST-015", section, item.getId(), "band"));
        }
    }

    private void gifts(DeclarationContent content, RuleContext context, List<Finding> findings) {
        BigDecimal threshold = context.threshold(GIFT_THRESHOLD);
        for (Item gift : content.items(GIFTS)) {
            Optional<BigDecimal> value = Numbers.parse(gift.get("value"));
            boolean above = threshold != null && value.isPresent() && value.get().compareTo(threshold) > 0;
            if (above) {
                if (gift.get("giver") == null && gift.get("giverPerson") == null) {
                    findings.add(Finding.error("INTEREST-017", GIFTS, gift.getId(), "giver", Numbers.normalize(threshold)));
                }
                if (gift.get("date") == null) {
                    findings.add(Finding.error("INTEREST-018", GIFTS, gift.getId(), "date", Numbers.normalize(threshold)));
                }
                findings.add(Finding.warning("INTEREST-019", GIFTS, gift.getId(), "value",
                        Numbers.normalize(value.get()), Numbers.normalize(threshold)));
            }
            FieldChecks.date(gift.get("date")).ifPresent(date -> {
                if (date.getYear() != context.periodYear()) {
                    findings.add(Finding.warning("INTEREST-020", GIFTS, gift.getId(), "date", context.periodYear()));
                }
            });
        }
    }

    private void holdings(DeclarationContent content, RuleContext context, List<Finding> findings) {
        BigDecimal shareThreshold = context.threshold(HOLDING_SHARE);
        BigDecimal valueThreshold = context.threshold(HOLDING_VALUE);
        for (Item holding : content.items(HOLDINGS)) {
            Optional<BigDecimal> share = Numbers.parse(holding.get("share"));
            Optional<BigDecimal> value = Numbers.parse(holding.get("value"));
            if (holding.get("share") == null && holding.get("value") == null) {
                findings.add(Finding.error("INTEREST-022", HOLDINGS, holding.getId(), "share"));
                continue;
            }
            boolean shareBelow = shareThreshold == null || share.map(s -> s.compareTo(shareThreshold) < 0).orElse(true);
            boolean valueBelow = valueThreshold == null || value.map(v -> v.compareTo(valueThreshold) < 0).orElse(true);
            if (shareThreshold != null && valueThreshold != null && shareBelow && valueBelow
                    && (share.isPresent() || value.isPresent())) {
                findings.add(Finding.warning("INTEREST-021", HOLDINGS, holding.getId(), "share",
                        Numbers.normalize(shareThreshold), Numbers.normalize(valueThreshold)));
            }
        }
    }

    private void employment(DeclarationContent content, RuleContext context, List<Finding> findings) {
        LocalDate declaredFrom = LocalDate.of(context.periodYear() - EMPLOYMENT_YEARS + 1, 1, 1);
        List<Item> fullTime = new ArrayList<>();
        for (Item job : content.items(EMPLOYMENT)) {
            Optional<LocalDate> to = FieldChecks.date(job.get("to"));
            if (to.isPresent() && to.get().isBefore(declaredFrom)) {
                findings.add(Finding.warning("INTEREST-025", EMPLOYMENT, job.getId(), "to", EMPLOYMENT_YEARS));
            }
            if ("FULL_TIME".equals(job.get("workTime")) && FieldChecks.date(job.get("from")).isPresent()) {
                fullTime.add(job);
            }
        }
        for (int i = 1; i < fullTime.size(); i++) {
            Item later = fullTime.get(i);
            for (Item earlier : fullTime.subList(0, i)) {
                if (overlap(earlier, later, context.today())) {
                    findings.add(Finding.warning("INTEREST-024", EMPLOYMENT, later.getId(), "from", earlier.get("employer")));
                    break;
                }
            }
        }
    }

    /** Whether two periods share a day; an open end runs to today. */
    private static boolean overlap(Item a, Item b, LocalDate today) {
        LocalDate aFrom = FieldChecks.date(a.get("from")).orElseThrow();
        LocalDate bFrom = FieldChecks.date(b.get("from")).orElseThrow();
        LocalDate aTo = FieldChecks.date(a.get("to")).orElse(today);
        LocalDate bTo = FieldChecks.date(b.get("to")).orElse(today);
        return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
    }

    /** Figures for comparisons and red flags: gifts above the threshold, outside activities, holdings. */
    @Override
    public Map<String, BigDecimal> figures(DeclarationContent content) {
        Map<String, BigDecimal> figures = new HashMap<>();
        figures.put("gifts", eur(content.items(GIFTS), "value"));
        figures.put("giftCount", BigDecimal.valueOf(content.items(GIFTS).size()));
        figures.put("outsideIncome", eur(content.items(POSITIONS), "amount").add(eur(content.items(BOARDS), "amount")));
        figures.put("positions", BigDecimal.valueOf(content.items(POSITIONS).size() + content.items(BOARDS).size()));
        figures.put("holdings", BigDecimal.valueOf(content.items(HOLDINGS).size()));
        figures.put("travel", eur(content.items(TRAVEL), "value"));
        return figures;
    }

    private static BigDecimal eur(List<Item> items, String field) {
        return items.stream()
                .filter(i -> "EUR".equalsIgnoreCase(Objects.requireNonNullElse(i.get("currency"), "EUR")))
                .map(i -> Numbers.parse(i.get(field)).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
