package gr.integrity.register.declaration;

import gr.integrity.register.asset.AssetSchema;
import gr.integrity.register.platform.Hashing;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The canonical form a version's hash is computed over: one text per content, whatever order it was built in. */
class CanonicalJsonTest {

    @Test
    void keysAreSortedAndBlankValuesLeftOut() {
        DeclarationContent content = new DeclarationContent();
        content.getHeader().put("notes", "");
        content.getHeader().put("incomeTotalCurrency", "EUR");
        content.getHeader().put("incomeTotal", "41000");
        content.items("deposits").add(new DeclarationContent.Item("d1").set("owner", "DECLARANT").set("amount", "10"));

        assertEquals("{\"header\":{\"incomeTotal\":\"41000\",\"incomeTotalCurrency\":\"EUR\"},"
                + "\"sections\":{\"deposits\":[{\"id\":\"d1\",\"values\":{\"amount\":\"10\",\"owner\":\"DECLARANT\"}}]}}",
                CanonicalJson.write(content));
    }

    @Test
    void theSameContentBuiltInAnotherOrderHasTheSameTextAndHash() {
        DeclarationContent a = new DeclarationContent();
        a.items("income").add(new DeclarationContent.Item("i1").set("amount", "1").set("source", "SALARY"));
        a.items("deposits").add(new DeclarationContent.Item("d1").set("kind", "CASH"));
        DeclarationContent b = new DeclarationContent();
        b.items("deposits").add(new DeclarationContent.Item("d1").set("kind", "CASH"));
        b.items("income").add(new DeclarationContent.Item("i1").set("source", "SALARY").set("amount", "1"));

        assertEquals(CanonicalJson.write(a), CanonicalJson.write(b));
        assertEquals(Hashing.sha256Hex(CanonicalJson.write(a)), Hashing.sha256Hex(CanonicalJson.write(b)));
    }

    @Test
    void greekQuotesAndControlCharactersSurviveTheRoundTrip() {
        DeclarationContent content = new DeclarationContent();
        content.items("valuables").add(new DeclarationContent.Item("v1")
                .set("description", "Πίνακας «Ύδρα» \"λάδι\" \\ γραμμή\nδεύτερη\ttab 🏛️"));

        String text = CanonicalJson.write(content);
        DeclarationContent back = CanonicalJson.read(text);

        assertEquals(content.items("valuables").get(0).getValues(), back.items("valuables").get(0).getValues());
        assertEquals(text, CanonicalJson.write(back));
    }

    @Test
    void oneChangedValueChangesTheHash() {
        DeclarationContent content = new DeclarationContent();
        content.items("deposits").add(new DeclarationContent.Item("d1").set("amount", "12500"));
        String before = Hashing.sha256Hex(CanonicalJson.write(content));
        content.items("deposits").get(0).set("amount", "12501");

        assertNotEquals(before, Hashing.sha256Hex(CanonicalJson.write(content)));
    }

    @Test
    void normalizingGivesOneStoredFormForNumbersDatesAndCurrencies() {
        DeclarationContent typed = new DeclarationContent();
        typed.items(AssetSchema.DEPOSITS).add(new DeclarationContent.Item("d1").set("amount", " 12.500,50 ")
                .set("currency", "eur").set("share", "100,0"));
        typed.items(AssetSchema.CHANGES).add(new DeclarationContent.Item("c1").set("date", "05/03/2025"));

        DeclarationContent normal = ContentNormalizer.normalize(AssetSchema.SCHEMA, typed);

        assertEquals("12500.5", normal.items(AssetSchema.DEPOSITS).get(0).get("amount"));
        assertEquals("EUR", normal.items(AssetSchema.DEPOSITS).get(0).get("currency"));
        assertEquals("100", normal.items(AssetSchema.DEPOSITS).get(0).get("share"));
        assertEquals("2025-03-05", normal.items(AssetSchema.CHANGES).get(0).get("date"));
    }
}
