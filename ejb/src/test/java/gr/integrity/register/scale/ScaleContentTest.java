package gr.integrity.register.scale;

import gr.integrity.register.demo.AssetContentGenerator;
import gr.integrity.register.demo.InterestContentGenerator;
import gr.integrity.register.asset.AssetDeclarationKind;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationKind;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.declaration.RuleContext;
import gr.integrity.register.interest.InterestDeclarationKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scale data files ten years of declarations per official (from 2016): every one of them, first filing,
 * amendment or benchmark draft, must pass the register's own rules, as a real filing would have to.
 */
class ScaleContentTest {

    private static final DeclarationKind ASSET = new AssetDeclarationKind();
    private static final DeclarationKind INTEREST = new InterestDeclarationKind();

    @Test
    void tenYearsOfAssetDeclarationsPassTheRulesFromTheFirstInitialFilingOn() {
        List<String> errors = new ArrayList<>();
        for (long person = 1; person <= 300; person++) {
            LocalDate born = LocalDate.of(1950 + (int) (person % 40), 3, 9);
            DeclarationContent previous = null;
            for (int year = 2016; year <= 2025; year++) {
                // the first one an initial declaration filed early in the year it covers, the rest annual ones
                LocalDate filed = previous == null ? LocalDate.of(year, 2, 1) : LocalDate.of(year + 1, 9, 1);
                DeclarationContent content = AssetContentGenerator.generate(person, year, "Παπαδόπουλος",
                        "Δήμος Αθηναίων", previous);
                errors.addAll(errors(ASSET, content, year, born, filed));
                errors.addAll(errors(ASSET, AssetContentGenerator.withForgottenDeposit(content, year), year, born,
                        filed.plusMonths(3)));
                previous = content;
            }
            DeclarationContent draft = AssetContentGenerator.grownTo(previous, ScaleDeclarations.DRAFT_ITEMS, person);
            assertTrue(draft.itemCount() >= ScaleDeclarations.DRAFT_ITEMS);
            errors.addAll(errors(ASSET, draft, 2025, born, LocalDate.of(2026, 11, 27)));
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void tenYearsOfInterestDeclarationsPassTheRules() {
        List<String> errors = new ArrayList<>();
        for (long person = 1; person <= 300; person++) {
            LocalDate born = LocalDate.of(1950 + (int) (person % 40), 3, 9);
            DeclarationContent previous = null;
            for (int year = 2016; year <= 2025; year++) {
                LocalDate filed = previous == null ? LocalDate.of(year, 2, 1) : LocalDate.of(year + 1, 9, 1);
                DeclarationContent content = InterestContentGenerator.generate(person, year, filed, previous, Map.of());
                errors.addAll(errors(INTEREST, content, year, born, filed));
                errors.addAll(errors(INTEREST, InterestContentGenerator.withForgottenGift(content, year,
                        filed.plusMonths(3)), year, born, filed.plusMonths(3)));
                previous = content;
            }
        }
        assertEquals(List.of(), errors);
    }

    private static List<String> errors(DeclarationKind kind, DeclarationContent content, int year, LocalDate born,
                                       LocalDate filed) {
        RuleContext context = new RuleContext(year, born, filed.minusDays(10), filed, kind.thresholds());
        return kind.check(content, context).stream().filter(Finding::isError)
                .map(f -> year + " " + f.code() + " " + f.location()).distinct().toList();
    }
}
