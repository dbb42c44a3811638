package gr.integrity.register.lobbying.importing;

import gr.integrity.register.importing.ImportKind;
import gr.integrity.register.importing.ParsedFile;

import java.util.LinkedHashMap;
import java.util.Map;

/** The importer's parsing, for tests outside its package (parsing needs no database). */
public final class EcMeetingsImporterAccess {

    private EcMeetingsImporterAccess() {
    }

    public static ParsedFile parse(byte[] content) {
        return new EcMeetingsImporter().parse(content, ImportKind.EC_MEETINGS);
    }

    /** The organisations the parse found in a row: ID to name. */
    public static Map<String, String> organisations(ParsedFile.Row row) {
        Map<String, String> organisations = new LinkedHashMap<>();
        for (String packed : row.values().get(EcMeetingsImporter.SPLIT).split("\u001e")) {
            if (!packed.isEmpty()) {
                String[] named = packed.split("\u001f", 2);
                organisations.put(named[0], named[1]);
            }
        }
        return organisations;
    }
}
