package gr.integrity.register.asset;

import gr.integrity.register.declaration.CommonRules;
import gr.integrity.register.declaration.DeclarationContent.Item;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationKind;
import gr.integrity.register.declaration.DeclarationSchema;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.FieldChecks;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.declaration.Numbers;
import gr.integrity.register.declaration.RuleContext;
import gr.integrity.register.declaration.SectionDef;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import static gr.integrity.register.asset.AssetSchema.CHANGES;
import static gr.integrity.register.asset.AssetSchema.DEPOSITS;
import static gr.integrity.register.asset.AssetSchema.FAMILY;
import static gr.integrity.register.asset.AssetSchema.INCOME;
import static gr.integrity.register.asset.AssetSchema.LIABILITIES;
import static gr.integrity.register.asset.AssetSchema.OWNER;
import static gr.integrity.register.asset.AssetSchema.PARTICIPATIONS;
import static gr.integrity.register.asset.AssetSchema.REAL_ESTATE;
import static gr.integrity.register.asset.AssetSchema.SECURITIES;
import static gr.integrity.register.asset.AssetSchema.VALUABLES;
import static gr.integrity.register.asset.AssetSchema.VEHICLES;

/**
 * The asset declaration's content and rules. Besides the field checks every type shares (ASSET-001 to 013),
 * its own rules (ASSET-014 onward) are the logical and arithmetic controls of the filing:
 * <pre>
 * 014 W  the same item entered twice               023 E  a deposit without its institution
 * 015 E  co-owned shares of one item above 100%     024 W  cash above the threshold
 * 016 E  an acquisition without its source of funds 025 W  a loan from a lender that is not a bank
 * 017 E  a disposal without its proceeds            026 W  acquired this year, but not among the year's changes
 * 018 E  an acquisition without its price           027 E  a vehicle made after it was acquired
 * 019 E  a change dated outside the declared year   028 E  an implausible area
 * 020 E  income items not adding up to the total    029 W  the deadline has passed (accepted, flagged late)
 * 021 E  a spouse's asset without a declared spouse 030 W  a declaration with nothing in it
 * 022 E  a child's asset without a declared child   031 E  acquired before the declarant was born
 * </pre>
 */
@ApplicationScoped
public class AssetDeclarationKind implements DeclarationKind {

    public static final String PREFIX = "ASSET";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ONE_EURO = BigDecimal.ONE;

    /** Sections whose items carry over into next year's draft (the year's income and changes do not). */
    private static final List<String> CARRIED_OVER = List.of(FAMILY, REAL_ESTATE, VEHICLES, DEPOSITS, SECURITIES,
            PARTICIPATIONS, LIABILITIES, VALUABLES);

    @Override
    public DeclarationType type() {
        return DeclarationType.ASSET;
    }

    @Override
    public DeclarationSchema schema() {
        return AssetSchema.SCHEMA;
    }

    @Override
    public String codePrefix() {
        return PREFIX;
    }

    /** Cash above this (EUR) needs the filer to confirm it. */
    public static final String LARGE_CASH = "asset.largeCashThreshold";

    @Override
    public Map<String, BigDecimal> thresholds() {
        return Map.of(LARGE_CASH, BigDecimal.valueOf(15_000));
    }

    @Override
    public Map<String, String> defaults(String section) {
        return AssetSchema.defaults(section);
    }

    @Override
    public DeclarationContent newDraft(int periodYear, DeclarationContent previous) {
        DeclarationContent draft = new DeclarationContent();
        draft.getHeader().put("incomeTotalCurrency", "EUR");
        if (previous != null) {
            for (String section : CARRIED_OVER) {
                previous.items(section).forEach(item -> draft.items(section).add(item.copy(true)));
            }
        }
        return draft;
    }

    @Override
    public List<Finding> check(DeclarationContent content, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        FieldChecks.checkAll(AssetSchema.SCHEMA, content, context, PREFIX, findings);
        sameItemTwiceAndCoOwnedShares(content, findings);
        changes(content, context, findings);
        incomeAddsUp(content, findings);
        familyMembersDeclared(content, findings);
        deposits(content, context, findings);
        for (Item loan : content.items(LIABILITIES)) {
            String kind = loan.get("lenderKind");
            if ("NON_BANK".equals(kind) || "INDIVIDUAL".equals(kind)) {
                findings.add(Finding.warning("ASSET-025", LIABILITIES, loan.getId(), "lenderKind", loan.get("lender")));
            }
        }
        acquiredThisYear(content, context, findings);
        for (Item vehicle : content.items(VEHICLES)) {
            Optional<BigDecimal> made = Numbers.parse(vehicle.get("yearMade"));
            Optional<BigDecimal> acquired = Numbers.parse(vehicle.get("acquisitionYear"));
            if (made.isPresent() && acquired.isPresent() && made.get().compareTo(acquired.get()) > 0) {
                findings.add(Finding.error("ASSET-027", VEHICLES, vehicle.getId(), "yearMade"));
            }
        }
        for (Item property : content.items(REAL_ESTATE)) {
            Numbers.parse(property.get("area")).ifPresent(area -> {
                if (area.signum() == 0 || area.compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
                    findings.add(Finding.error("ASSET-028", REAL_ESTATE, property.getId(), "area"));
                }
            });
        }
        CommonRules.deadlinePassed("ASSET-029", context, findings);
        CommonRules.nothingDeclared("ASSET-030", content, findings);
        acquiredBeforeBirth(content, context, findings);
        return findings;
    }

    private void sameItemTwiceAndCoOwnedShares(DeclarationContent content, List<Finding> findings) {
        for (SectionDef section : AssetSchema.SCHEMA.sections()) {
            List<String> identity = section.identityFields();
            for (List<Item> same : CommonRules.byIdentity(section, content).values()) {
                if (same.size() < 2) {
                    continue;
                }
                Map<String, Long> perOwner = same.stream().collect(Collectors.groupingBy(
                        i -> Objects.toString(i.get(OWNER), ""), Collectors.counting()));
                for (int i = 1; i < same.size(); i++) {
                    Item item = same.get(i);
                    if (perOwner.getOrDefault(Objects.toString(item.get(OWNER), ""), 0L) > 1
                            && same.subList(0, i).stream().anyMatch(e -> Objects.equals(e.get(OWNER), item.get(OWNER)))) {
                        findings.add(Finding.warning("ASSET-014", section.name(), item.getId(), identity.get(0)));
                    }
                }
                if (section.field("share").isPresent()) {
                    BigDecimal total = same.stream().map(i -> Numbers.parse(i.get("share")).orElse(BigDecimal.ZERO))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    if (total.compareTo(HUNDRED) > 0) {
                        Item last = same.get(same.size() - 1);
                        findings.add(Finding.error("ASSET-015", section.name(), last.getId(), "share",
                                Numbers.normalize(total)));
                    }
                }
            }
        }
    }

    private void changes(DeclarationContent content, RuleContext context, List<Finding> findings) {
        for (Item change : content.items(CHANGES)) {
            boolean acquisition = "ACQUISITION".equals(change.get("change"));
            boolean disposal = "DISPOSAL".equals(change.get("change"));
            if (acquisition && change.get("sourceOfFunds") == null) {
                findings.add(Finding.error("ASSET-016", CHANGES, change.getId(), "sourceOfFunds"));
            }
            if (disposal && change.get("proceeds") == null) {
                findings.add(Finding.error("ASSET-017", CHANGES, change.getId(), "proceeds"));
            }
            if (acquisition && change.get("price") == null) {
                findings.add(Finding.error("ASSET-018", CHANGES, change.getId(), "price"));
            }
            FieldChecks.date(change.get("date")).ifPresent(date -> {
                if (date.getYear() != context.periodYear()) {
                    findings.add(Finding.error("ASSET-019", CHANGES, change.getId(), "date", context.periodYear()));
                }
            });
        }
    }

    private void incomeAddsUp(DeclarationContent content, List<Finding> findings) {
        Optional<BigDecimal> stated = Numbers.parse(content.header("incomeTotal"));
        if (stated.isEmpty()) {
            return;
        }
        String currency = Objects.requireNonNullElse(content.header("incomeTotalCurrency"), "EUR").toUpperCase();
        BigDecimal sum = content.items(INCOME).stream()
                .filter(i -> currency.equalsIgnoreCase(Objects.requireNonNullElse(i.get("currency"), "EUR")))
                .map(i -> Numbers.parse(i.get("amount")).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.subtract(stated.get()).abs().compareTo(ONE_EURO) > 0) {
            findings.add(Finding.error("ASSET-020", DeclarationSchema.HEADER, null, "incomeTotal",
                    Numbers.normalize(stated.get()), Numbers.normalize(sum), currency));
        }
    }

    private void familyMembersDeclared(DeclarationContent content, List<Finding> findings) {
        List<Item> family = content.items(FAMILY);
        boolean spouse = family.stream().anyMatch(m -> "SPOUSE".equals(m.get("relation")) || "PARTNER".equals(m.get("relation")));
        boolean child = family.stream().anyMatch(m -> "CHILD".equals(m.get("relation")));
        for (SectionDef section : AssetSchema.SCHEMA.sections()) {
            if (section.field(OWNER).isEmpty()) {
                continue;
            }
            for (Item item : content.items(section.name())) {
                if ("SPOUSE".equals(item.get(OWNER)) && !spouse) {
                    findings.add(Finding.error("ASSET-021", section.name(), item.getId(), OWNER));
                }
                if ("CHILD".equals(item.get(OWNER)) && !child) {
                    findings.add(Finding.error("ASSET-022", section.name(), item.getId(), OWNER));
                }
            }
        }
    }

    private void deposits(DeclarationContent content, RuleContext context, List<Finding> findings) {
        BigDecimal cash = BigDecimal.ZERO;
        Item lastCash = null;
        for (Item deposit : content.items(DEPOSITS)) {
            if ("DEPOSIT".equals(deposit.get("kind")) && deposit.get("institution") == null) {
                findings.add(Finding.error("ASSET-023", DEPOSITS, deposit.getId(), "institution"));
            }
            if ("CASH".equals(deposit.get("kind")) && "EUR".equalsIgnoreCase(deposit.get("currency"))) {
                cash = cash.add(Numbers.parse(deposit.get("amount")).orElse(BigDecimal.ZERO));
                lastCash = deposit;
            }
        }
        BigDecimal threshold = context.threshold(LARGE_CASH);
        if (lastCash != null && threshold != null && cash.compareTo(threshold) > 0) {
            findings.add(Finding.warning("ASSET-024", DEPOSITS, lastCash.getId(), "amount", Numbers.normalize(cash),
                    Numbers.normalize(threshold)));
        }
    }

    private void acquiredThisYear(DeclarationContent content, RuleContext context, List<Finding> findings) {
        boolean anyAcquisition = content.items(CHANGES).stream().anyMatch(c -> "ACQUISITION".equals(c.get("change")));
        for (String section : List.of(REAL_ESTATE, VEHICLES, PARTICIPATIONS)) {
            for (Item item : content.items(section)) {
                Optional<BigDecimal> year = Numbers.parse(item.get("acquisitionYear"));
                if (year.isPresent() && year.get().intValue() == context.periodYear() && !anyAcquisition) {
                    findings.add(Finding.warning("ASSET-026", section, item.getId(), "acquisitionYear"));
                }
            }
        }
    }

    private void acquiredBeforeBirth(DeclarationContent content, RuleContext context, List<Finding> findings) {
        if (context.birthDate() == null) {
            return;
        }
        int born = context.birthDate().getYear();
        for (String section : List.of(REAL_ESTATE, VEHICLES, PARTICIPATIONS)) {
            for (Item item : content.items(section)) {
                if (!"DECLARANT".equals(item.get(OWNER))) {
                    continue;
                }
                Numbers.parse(item.get("acquisitionYear")).ifPresent(year -> {
                    if (year.intValue() < born && !"INHERITANCE".equals(item.get("acquisitionWay"))) {
                        findings.add(Finding.error("ASSET-031", section, item.getId(), "acquisitionYear", born));
                    }
                });
            }
        }
    }

    @Override
    public Map<String, BigDecimal> figures(DeclarationContent content) {
        Map<String, BigDecimal> figures = new HashMap<>();
        BigDecimal realEstate = weighted(content.items(REAL_ESTATE), "value");
        BigDecimal vehicles = weighted(content.items(VEHICLES), "value");
        BigDecimal deposits = weighted(content.items(DEPOSITS), "amount");
        BigDecimal securities = plain(content.items(SECURITIES), "value");
        BigDecimal participations = plain(content.items(PARTICIPATIONS), "value");
        BigDecimal valuables = plain(content.items(VALUABLES), "value");
        BigDecimal assets = realEstate.add(vehicles).add(deposits).add(securities).add(participations).add(valuables);
        BigDecimal liabilities = plain(content.items(LIABILITIES), "amount");
        figures.put("realEstate", realEstate);
        figures.put("vehicles", vehicles);
        figures.put("deposits", deposits);
        figures.put("securities", securities.add(participations));
        figures.put("valuables", valuables);
        figures.put("assets", assets);
        figures.put("liabilities", liabilities);
        figures.put("netAssets", assets.subtract(liabilities));
        figures.put("income", plain(content.items(INCOME), "amount"));
        figures.put("cash", plain(content.items(DEPOSITS).stream().filter(d -> "CASH".equals(d.get("kind"))).toList(), "amount"));
        figures.put("nonBankLoans", plain(content.items(LIABILITIES).stream()
                .filter(l -> !"BANK".equals(l.get("lenderKind"))).toList(), "amount"));
        return figures;
    }

    /** Sum of amounts in EUR, each weighted by its share. */
    private static BigDecimal weighted(List<Item> items, String field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Item item : items) {
            if (!"EUR".equalsIgnoreCase(Objects.requireNonNullElse(item.get("currency"), "EUR"))) {
                continue;
            }
            BigDecimal value = Numbers.parse(item.get(field)).orElse(BigDecimal.ZERO);
            BigDecimal share = Numbers.parse(item.get("share")).orElse(HUNDRED);
            sum = sum.add(value.multiply(share).divide(HUNDRED, 2, java.math.RoundingMode.HALF_UP));
        }
        return sum;
    }

    private static BigDecimal plain(List<Item> items, String field) {
        return items.stream()
                .filter(i -> "EUR".equalsIgnoreCase(Objects.requireNonNullElse(i.get("currency"), "EUR")))
                .map(i -> Numbers.parse(i.get(field)).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

}
