package gr.integrity.register.lobbying.importing;

import gr.integrity.register.importing.CsvFiles;
import gr.integrity.register.importing.FileRow;
import gr.integrity.register.importing.ImportKind;
import gr.integrity.register.importing.RowSource;
import gr.integrity.register.importing.RowsRead;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The importer's reading of a file, for tests outside its package (reading needs no database). */
public final class EcMeetingsImporterAccess {

    private EcMeetingsImporterAccess() {
    }

    /** The file checked as an upload is, then its rows as the importer hands them on to be applied. */
    public static RowsRead.Table parse(byte[] content) {
        EcMeetingsImporter importer = new EcMeetingsImporter();
        try (RowSource file = CsvFiles.readAny(content)) {
            int count = importer.validate(file, ImportKind.EC_MEETINGS);
            List<FileRow> rows = new ArrayList<>(count);
            importer.rows(file, ImportKind.EC_MEETINGS, rows::add);
            return new RowsRead.Table(file.header(), rows);
        }
    }

    /** The organisations the parse found in a row: ID to name. */
    public static Map<String, String> organisations(FileRow row) {
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
