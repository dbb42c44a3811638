package gr.integrity.register.returns;

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
 * The two annual returns' contents. Each lists contacts: when, how, with which official. The representative's
 * return adds what was lobbied for (policy area, decision targeted), who lobbied and for which client; the
 * institution's adds the organisation that lobbied it. All of it is public, as the lobbying register is.
 */
public final class ReturnSchemas {

    /** The representative's influence activities, one per contact. */
    public static final String ACTIVITIES = "activities";
    /** The contacts an institution's officials received. */
    public static final String CONTACTS = "contacts";

    /** How a contact was made; a meeting (in person or by video) is what an official declares as a meeting. */
    static final String[] METHODS = {"MEETING", "VIDEO", "PHONE", "CORRESPONDENCE", "EVENT", "OTHER"};

    public static final DeclarationSchema LOBBYING_RETURN = new DeclarationSchema(DeclarationType.LOBBYING_RETURN,
            List.of(longText("summary", PUBLIC, false)),
            List.of(new SectionDef(ACTIVITIES, with(List.of(
                    of("date", FieldType.DATE, PUBLIC, true),
                    choice("method", true, METHODS),
                    text("official", PUBLIC, true),
                    text("institution", PUBLIC, false),
                    text("policyArea", PUBLIC, true),
                    text("decision", PUBLIC, true),
                    text("lobbiedBy", PUBLIC, true)), organisation("client", false)),
                    List.of("date", "official", "method"))));

    public static final DeclarationSchema LOBBYING_RECEIVED = new DeclarationSchema(DeclarationType.LOBBYING_RECEIVED,
            List.of(longText("summary", PUBLIC, false)),
            List.of(new SectionDef(CONTACTS, with(List.of(
                    of("date", FieldType.DATE, PUBLIC, true),
                    choice("method", true, METHODS),
                    text("official", PUBLIC, true),
                    text("lobbiedBy", PUBLIC, false),
                    text("subject", PUBLIC, true)), organisation("organisation", true)),
                    List.of("date", "official", "organisation"))));

    private ReturnSchemas() {
    }

    private static List<FieldDef> with(List<FieldDef> fields, List<FieldDef> organisation) {
        List<FieldDef> all = new ArrayList<>(fields);
        all.addAll(organisation);
        return all;
    }
}
