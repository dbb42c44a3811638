package gr.integrity.register.review;

import gr.integrity.register.asset.AssetSchema;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationSchema;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.declaration.FieldType;
import gr.integrity.register.declaration.Privacy;
import gr.integrity.register.declaration.PrivateLookingText;
import gr.integrity.register.declaration.SectionDef;
import gr.integrity.register.interest.InterestSchema;
import gr.integrity.register.lobbying.MeetingSchema;
import gr.integrity.register.returns.ReturnSchemas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A public free-text field of the filing holds what looks like a private value (a tax number, an IBAN, a plate, a
 * date of birth: {@link PrivateLookingText}). The filer was warned and confirmed it; an auditor looks before the
 * public does, and an ADMIN can withhold the version.
 */
final class PublicTextFlagChecks {

    private PublicTextFlagChecks() {
    }

    static List<RaisedFlag> privateLooking(FlagSubject s) {
        DeclarationSchema schema = switch (s.type()) {
            case ASSET -> AssetSchema.SCHEMA;
            case INTEREST -> InterestSchema.SCHEMA;
            case MEETING -> MeetingSchema.SCHEMA;
            case LOBBYING_RETURN -> ReturnSchemas.LOBBYING_RETURN;
            case LOBBYING_RECEIVED -> ReturnSchemas.LOBBYING_RECEIVED;
        };
        List<RaisedFlag> raised = new ArrayList<>();
        check(schema.headerFields(), s.content().getHeader(), DeclarationSchema.HEADER, null, raised);
        for (SectionDef section : schema.sections()) {
            for (DeclarationContent.Item item : s.content().items(section.name())) {
                check(section.fields(), item.getValues(), section.name(), item.getId(), raised);
            }
        }
        return raised;
    }

    private static void check(List<FieldDef> fields, Map<String, String> values, String section, String itemId,
                              List<RaisedFlag> raised) {
        for (FieldDef field : fields) {
            if ((field.type() == FieldType.TEXT || field.type() == FieldType.LONG_TEXT)
                    && field.privacy() == Privacy.PUBLIC && PrivateLookingText.in(values.get(field.name())).isPresent()) {
                raised.add(RaisedFlag.at(section, itemId, field.name()));
            }
        }
    }
}
