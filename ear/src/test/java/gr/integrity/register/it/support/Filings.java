package gr.integrity.register.it.support;

import gr.integrity.register.asset.AssetSchema;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DraftView;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the drills file: a valid asset declaration, and the confirmations its warnings ask for. */
public final class Filings {

    private Filings() {
    }

    /** One deposit of the amount given and one salary: nothing any rule objects to. */
    public static DeclarationContent validAssetContent(String depositAmount) {
        DeclarationContent content = new DeclarationContent();
        content.items(AssetSchema.DEPOSITS).add(new DeclarationContent.Item().set("kind", "DEPOSIT")
                .set("institution", "Τράπεζα Πειραιώς").set("accountNumber", "GR1601101250000000012300695")
                .set("amount", depositAmount).set("currency", "EUR").set("share", "100").set("owner", "DECLARANT"));
        content.items(AssetSchema.INCOME).add(new DeclarationContent.Item().set("source", "SALARY")
                .set("payer", "Υπουργείο Δοκιμών").set("amount", "41000").set("currency", "EUR").set("owner", "DECLARANT"));
        return content;
    }

    /** Every warning of the saved draft (a late filing) confirmed with an explanation, as the review page asks. */
    public static Map<String, String> confirmations(DraftView saved) {
        Map<String, String> confirmed = new LinkedHashMap<>();
        saved.findings().stream().filter(f -> !f.isError())
                .forEach(f -> confirmed.put(f.location(), "Καθυστέρηση λόγω νοσηλείας."));
        return confirmed;
    }
}
