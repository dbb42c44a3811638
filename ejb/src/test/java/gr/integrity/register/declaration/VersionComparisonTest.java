package gr.integrity.register.declaration;

import gr.integrity.register.asset.AssetSchema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What changed between two versions, field by field, with items matched by their stable ids. */
class VersionComparisonTest {

    @Test
    void listsChangedAddedAndRemovedValues() {
        DeclarationContent before = new DeclarationContent();
        before.getHeader().put("incomeTotal", "41000");
        before.items(AssetSchema.DEPOSITS).add(new DeclarationContent.Item("d1").set("kind", "DEPOSIT")
                .set("institution", "Alpha Bank").set("amount", "12500"));
        before.items(AssetSchema.VEHICLES).add(new DeclarationContent.Item("v1").set("makeModel", "Fiat Panda"));
        DeclarationContent after = before.copy();
        after.getHeader().put("incomeTotal", "42000");
        after.items(AssetSchema.DEPOSITS).get(0).set("amount", "13100");
        after.items(AssetSchema.VEHICLES).clear();
        after.items(AssetSchema.VALUABLES).add(new DeclarationContent.Item("x1").set("description", "Ρολόι"));

        List<FieldChange> changes = VersionComparison.compare(AssetSchema.SCHEMA, before, after);

        assertTrue(changes.contains(new FieldChange("header", null, null, "incomeTotal", "41000", "42000")), changes.toString());
        assertTrue(changes.contains(new FieldChange("deposits", "d1", "Alpha Bank", "amount", "12500", "13100")), changes.toString());
        assertTrue(changes.stream().anyMatch(c -> c.section().equals("vehicles") && "Fiat Panda".equals(c.before())
                && c.after() == null));
        assertTrue(changes.stream().anyMatch(c -> c.section().equals("valuables") && c.before() == null
                && "Ρολόι".equals(c.after())));
        assertEquals(List.of(), VersionComparison.compare(AssetSchema.SCHEMA, before, before.copy()));
    }
}
