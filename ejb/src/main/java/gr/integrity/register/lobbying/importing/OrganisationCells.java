package gr.integrity.register.lobbying.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisations of one row of the Commission's export. A row that met several organisations packs their names
 * into one comma-separated cell and their Transparency Register IDs into another; since names contain commas too,
 * the two lists do not always line up. IDs are unambiguous, so they lead: a name this file gives an ID elsewhere,
 * alone in its cell, is recognised in the packed cell and taken out, and what is left is shared among the IDs still
 * unnamed. Where that cannot be done with certainty the pairing is marked uncertain, for the import report.
 */
final class OrganisationCells {

    static final Pattern TRANSPARENCY_ID = Pattern.compile("\\d{8,12}-\\d{2}");

    /** One organisation of the row: its Transparency Register ID and its name as the file gives it. */
    record Named(String transparencyId, String name) {
    }

    /** The organisations of a row, and whether the names were paired with the IDs with certainty. */
    record Split(List<Named> organisations, boolean certain) {
    }

    private OrganisationCells() {
    }

    /** The IDs in a cell, each once, in order (leading zeros kept: they are text). */
    static List<String> ids(String cell) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher matcher = TRANSPARENCY_ID.matcher(cell == null ? "" : cell);
        while (matcher.find()) {
            ids.add(matcher.group());
        }
        return List.copyOf(ids);
    }

    /**
     * @param known names of IDs that appear alone in their cell somewhere in the file
     */
    static Split split(String namesCell, String idsCell, Map<String, String> known) {
        String names = namesCell == null ? "" : namesCell.strip();
        List<String> ids = ids(idsCell);
        if (ids.size() <= 1) {
            return new Split(ids.isEmpty() ? List.of() : List.of(new Named(ids.get(0), names)), true);
        }
        List<String> parts = parts(names);
        if (parts.size() == ids.size()) {
            List<Named> paired = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                paired.add(new Named(ids.get(i), parts.get(i)));
            }
            return new Split(paired, true);
        }
        String rest = names;
        Named[] paired = new Named[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            String name = known.get(ids.get(i));
            int at = name == null ? -1 : rest.indexOf(name);
            if (at >= 0) {
                paired[i] = new Named(ids.get(i), name);
                rest = rest.substring(0, at) + rest.substring(at + name.length());
            }
        }
        List<Integer> unnamed = new ArrayList<>();
        for (int i = 0; i < paired.length; i++) {
            if (paired[i] == null) {
                unnamed.add(i);
            }
        }
        List<String> left = parts(rest);
        boolean certain = unnamed.isEmpty() || unnamed.size() == 1 || left.size() == unnamed.size();
        if (unnamed.size() == 1) {
            left = left.isEmpty() ? List.of() : List.of(String.join(", ", left));
        }
        for (int n = 0; n < unnamed.size(); n++) {
            int i = unnamed.get(n);
            String name;
            if (n < left.size()) {
                // more parts than IDs: the last unnamed ID takes every part left over
                name = n == unnamed.size() - 1 ? String.join(", ", left.subList(n, left.size())) : left.get(n);
            } else {
                name = "EU Transparency Register " + ids.get(i);
            }
            paired[i] = new Named(ids.get(i), name);
        }
        return new Split(List.of(paired), certain);
    }

    private static List<String> parts(String cell) {
        List<String> parts = new ArrayList<>();
        for (String part : cell.split(",")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }
}
