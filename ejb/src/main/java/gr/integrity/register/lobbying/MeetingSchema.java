package gr.integrity.register.lobbying;

import gr.integrity.register.declaration.DeclarationSchema;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.declaration.FieldType;
import gr.integrity.register.declaration.SectionDef;

import java.util.ArrayList;
import java.util.List;

import static gr.integrity.register.declaration.FieldDef.choice;
import static gr.integrity.register.declaration.FieldDef.longText;
import static gr.integrity.register.declaration.FieldDef.of;
import static gr.integrity.register.declaration.FieldDef.organisation;
import static gr.integrity.register.declaration.FieldDef.text;
import static gr.integrity.register.declaration.Privacy.PUBLIC;

/**
 * The declaration of a meeting with interest representatives: when, how, where, about what, the organisations met
 * (each a record of the organisations register) with the persons who represented them, and the outcome. All of it
 * is public: that is what the lobbying register is for.
 */
public final class MeetingSchema {

    public static final String ORGANISATIONS = "organisations";
    /** Documents received at the meeting: a title and the uploaded PDF. */
    public static final String DOCUMENTS = "documents";

    public static final DeclarationSchema SCHEMA = new DeclarationSchema(DeclarationType.MEETING,
            List.of(of("date", FieldType.DATE, PUBLIC, true),
                    text("time", PUBLIC, false),
                    choice("format", true, "IN_PERSON", "VIDEO", "PHONE"),
                    text("location", PUBLIC, false),
                    // the others present declare the meeting too, and it is counted once; naming them helps match
                    text("otherOfficials", PUBLIC, false),
                    longText("subject", PUBLIC, true),
                    text("policyAreas", PUBLIC, false),
                    text("legislation", PUBLIC, false),
                    longText("outcome", PUBLIC, false)),
            List.of(new SectionDef(ORGANISATIONS, fields(organisation("organisation", true),
                    text("representatives", PUBLIC, false)), List.of("organisation")),
                    new SectionDef(DOCUMENTS, List.of(text("title", PUBLIC, true), FieldDef.document("file")),
                            List.of("file"))));

    private MeetingSchema() {
    }

    private static List<FieldDef> fields(List<FieldDef> organisation, FieldDef representatives) {
        List<FieldDef> fields = new ArrayList<>(organisation);
        fields.add(representatives);
        return fields;
    }
}
