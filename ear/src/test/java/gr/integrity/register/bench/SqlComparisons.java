package gr.integrity.register.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alternatives the register does not take, timed beside the ones it does on the same data: an OFFSET page
 * against the keyset page the API serves (P2), and the search predicates against one another (P3). Database time
 * only, the median of several runs.
 */
final class SqlComparisons {

    private static final int RUNS = 5;

    private SqlComparisons() {
    }

    /** The first and last page of 100 meetings, newest first, by keyset and by OFFSET. */
    static Map<String, Object> pagination(Connection db) throws SQLException {
        long count;
        Date lastDate;
        long lastId;
        try (var s = db.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM meeting")) {
            r.next();
            count = r.getLong(1);
        }
        // the cursor that starts the last page: the 101st oldest meeting
        try (var s = db.createStatement(); var r = s.executeQuery(
                "SELECT meeting_date, id FROM meeting ORDER BY meeting_date, id LIMIT 1 OFFSET 100")) {
            r.next();
            lastDate = r.getDate(1);
            lastId = r.getLong(2);
        }
        String columns = "SELECT id, meeting_date, location, subject, institution_id, source FROM meeting";
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("meetings", count);
        result.put("keyset_first_page_ms", median(db, columns + " ORDER BY meeting_date DESC, id DESC LIMIT 101"));
        result.put("keyset_last_page_ms", median(db, columns + " WHERE meeting_date < ? OR (meeting_date = ? AND id < ?)"
                + " ORDER BY meeting_date DESC, id DESC LIMIT 101", lastDate, lastDate, lastId));
        result.put("offset_middle_page_ms", median(db, columns + " ORDER BY meeting_date DESC, id DESC LIMIT 100 OFFSET "
                + Math.max(0, count / 2)));
        result.put("offset_last_page_ms", median(db, columns + " ORDER BY meeting_date DESC, id DESC LIMIT 100 OFFSET "
                + Math.max(0, count - 100)));
        return result;
    }

    /** A word in the subject (common and rare), by the register's predicate and by plain {@code LIKE '%word%'}. */
    static Map<String, Object> search(Connection db, String registersPredicate, List<String> words) throws SQLException {
        Map<String, Object> result = new LinkedHashMap<>();
        for (String word : words) {
            Map<String, Object> timings = new LinkedHashMap<>();
            String order = " ORDER BY meeting_date DESC, id DESC LIMIT 21";
            timings.put("like_ms", median(db, "SELECT id FROM meeting WHERE subject_key LIKE ?" + order,
                    "%" + word + "%"));
            if (registersPredicate != null) {
                timings.put("register_ms", median(db, "SELECT id FROM meeting WHERE " + registersPredicate + order,
                        word));
            }
            result.put(word, timings);
        }
        return result;
    }

    private static double median(Connection db, String sql, Object... parameters) throws SQLException {
        List<Double> times = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                long started = System.nanoTime();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getLong(1);
                    }
                }
                if (run > 0) { // the first run warms the buffer pool
                    times.add((System.nanoTime() - started) / 1e6);
                }
            }
        }
        times.sort(null);
        return Results.round(times.get(times.size() / 2));
    }
}
