package gr.integrity.register.publication;

import gr.integrity.register.asset.AssetSchema;
import gr.integrity.register.declaration.CanonicalJson;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.declaration.Privacy;
import gr.integrity.register.declaration.SectionDef;
import gr.integrity.register.platform.Hashing;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one redaction policy: checked by value, as a leak would be found, not by field name. Every private value
 * of a declaration is absent from its public form; every public value is there.
 */
class RedactionPolicyTest {

    private static final List<String> PRIVATE_VALUES = List.of("Ξανθίππη Μυστικοπούλου", "1966-04-13", "176543219",
            "Οδός Κρυφή 77", "GR9901100000000000077777777", "ΧΨΩ-9753");

    @Test
    void privateValuesNeverReachThePublicForm() {
        DeclarationContent full = declaration();
        String publicText = CanonicalJson.write(RedactionPolicy.redact(AssetSchema.SCHEMA, full));

        for (String value : PRIVATE_VALUES) {
            assertTrue(CanonicalJson.write(full).contains(value), value);
            assertFalse(publicText.contains(value), value + " leaked");
        }
        for (String value : List.of("SPOUSE", "Ζαγοράς", "Alpha Bank", "Škoda Octavia", "12500")) {
            assertTrue(publicText.contains(value), value + " should be public");
        }
    }

    @Test
    void aFieldTheSchemaDoesNotNameIsDropped() {
        DeclarationContent full = declaration();
        full.items(AssetSchema.DEPOSITS).get(0).set("pin", "4321");
        full.getHeader().put("homePhone", "2101234567");

        String publicText = CanonicalJson.write(RedactionPolicy.redact(AssetSchema.SCHEMA, full));

        assertFalse(publicText.contains("4321"));
        assertFalse(publicText.contains("2101234567"));
    }

    @Test
    void thePublicHashIsNotTheFullContentsHash() {
        DeclarationContent full = declaration();
        String publicHash = PublicDeclarationService.publicHash(RedactionPolicy.redact(AssetSchema.SCHEMA, full));

        assertNotEquals(Hashing.sha256Hex(CanonicalJson.write(full)), publicHash);
        // and it does not move when only a private value changes: it cannot be used to test a guess
        full.items(AssetSchema.DEPOSITS).get(0).set("accountNumber", "GR0000000000000000000000001");
        assertEquals(publicHash, PublicDeclarationService.publicHash(RedactionPolicy.redact(AssetSchema.SCHEMA, full)));
    }

    @Test
    void everyPrivateFieldOfTheSchemaIsOneThePolicyHides() {
        for (SectionDef section : AssetSchema.SCHEMA.sections()) {
            for (FieldDef field : section.fields()) {
                if (List.of("fullName", "birthDate", "taxNumber", "address", "registration", "accountNumber")
                        .contains(field.name())) {
                    assertEquals(Privacy.PRIVATE, field.privacy(), section.name() + "." + field.name());
                }
            }
        }
    }

    @Test
    void bandsGeneraliseAmounts() {
        assertEquals("10000–50000", RedactionPolicy.band("12500"));
        assertEquals(">1000000", RedactionPolicy.band("2500000"));
        assertEquals("0–1000", RedactionPolicy.band("0"));
    }

    private static DeclarationContent declaration() {
        DeclarationContent content = new DeclarationContent();
        content.items(AssetSchema.FAMILY).add(new DeclarationContent.Item("f1").set("relation", "SPOUSE")
                .set("fullName", PRIVATE_VALUES.get(0)).set("birthDate", PRIVATE_VALUES.get(1))
                .set("taxNumber", PRIVATE_VALUES.get(2)));
        content.items(AssetSchema.REAL_ESTATE).add(new DeclarationContent.Item("r1").set("kind", "HOUSE")
                .set("country", "Ελλάδα").set("municipality", "Ζαγοράς").set("address", PRIVATE_VALUES.get(3))
                .set("area", "120").set("share", "100").set("currency", "EUR").set("owner", "DECLARANT"));
        content.items(AssetSchema.DEPOSITS).add(new DeclarationContent.Item("d1").set("kind", "DEPOSIT")
                .set("institution", "Alpha Bank").set("accountNumber", PRIVATE_VALUES.get(4)).set("amount", "12500")
                .set("currency", "EUR").set("share", "100").set("owner", "DECLARANT"));
        content.items(AssetSchema.VEHICLES).add(new DeclarationContent.Item("v1").set("kind", "CAR")
                .set("makeModel", "Škoda Octavia").set("registration", PRIVATE_VALUES.get(5)).set("share", "100")
                .set("currency", "EUR").set("owner", "DECLARANT"));
        return content;
    }
}
