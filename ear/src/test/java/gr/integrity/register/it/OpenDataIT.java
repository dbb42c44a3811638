package gr.integrity.register.it;

import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.opendata.OpenDataExport;
import gr.integrity.register.opendata.OpenDataFile;
import gr.integrity.register.opendata.OpenDataFiles;
import gr.integrity.register.platform.Hashing;
import gr.integrity.register.it.support.TestHttp;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bulk files against the real server: a snapshot downloads with the checksum it is listed with, holds every
 * table as CSV and JSON with the same rows, matches what the API lists, and a change file holds what changed since
 * the file before it; addresses that are not published files are 404.
 */
@ExtendWith(ArquillianExtension.class)
class OpenDataIT {

    private static final HttpClient HTTP = TestHttp.CLIENT;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @ArquillianResource
    private URL base;

    @EJB
    private AsAdmin admin;

    @EJB
    private Fixtures fixtures;

    @EJB
    private OpenDataExport export;

    @EJB
    private OpenDataFiles files;

    @Test
    void aSnapshotMatchesItsChecksumAndTheApiAndAChangeFileHoldsWhatChanged() throws Exception {
        OpenDataFile snapshot = admin.call(() -> export.publish());
        assertEquals(OpenDataFile.Kind.FULL, snapshot.getKind());
        byte[] zip = download("/open-data/" + snapshot.getName());
        assertEquals(snapshot.getSizeBytes(), zip.length);
        assertEquals(snapshot.getSha256(), Hashing.sha256Hex(zip));
        assertTrue(new String(download("/open-data/" + snapshot.getName() + ".sha256"), StandardCharsets.UTF_8)
                .startsWith(snapshot.getSha256() + "  " + snapshot.getName()));

        Map<String, String> entries = unzip(zip);
        for (String table : List.of("officials", "institutions", "organisations", "declaration_versions", "meetings")) {
            assertTrue(entries.containsKey(table + ".csv") && entries.containsKey(table + ".json"), table);
            List<CSVRecord> rows = csv(entries.get(table + ".csv"));
            JsonArray json = Json.createReader(new StringReader(entries.get(table + ".json"))).readArray();
            assertEquals(rows.size(), json.size(), table + ": the CSV and the JSON hold the same rows");
        }
        assertTrue(entries.get("README.txt").contains("CC BY 4.0"));

        // the institutions in the file are those the API lists
        Set<String> inFile = new HashSet<>();
        csv(entries.get("institutions.csv")).forEach(r -> inFile.add(r.get("id")));
        assertEquals(apiIds("/api/v1/institutions?limit=1000"), inFile);
        // imported meetings keep their source and licence
        assertTrue(csv(entries.get("meetings.csv")).stream().allMatch(r -> !Boolean.parseBoolean(r.get("imported"))
                || !r.get("licence").isBlank()));

        // what changes after the snapshot is in the next change file, and nothing else is
        String name = Fixtures.uniqueName("Φορέας Αρχείου Αλλαγών");
        admin.call(() -> fixtures.institution(name));
        admin.call(() -> export.publish());
        OpenDataFile changes = files.published().stream().filter(f -> f.getKind() == OpenDataFile.Kind.CHANGES)
                .filter(f -> snapshot.getCoversTo().equals(f.getCoversFrom())).findFirst().orElseThrow();
        List<CSVRecord> changed = csv(unzip(download("/open-data/" + changes.getName())).get("institutions.csv"));
        assertEquals(List.of(name), changed.stream().map(r -> r.get("name_el")).toList());
    }

    @Test
    void onlyPublishedFilesAreServed() throws Exception {
        for (String path : List.of("/open-data/../WEB-INF/web.xml", "/open-data/register-20990101-000000-full.zip",
                "/open-data/", "/open-data/nothing.sha256", "/open-data/%2e%2e%2fstandalone.xml")) {
            int status = HTTP.send(TestHttp.request(URI.create(base.toString().replaceAll("/$", "") + path))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            assertTrue(status == 404 || status == 400, path + " answered " + status);
        }
    }

    private Set<String> apiIds(String path) throws Exception {
        Set<String> ids = new HashSet<>();
        String next = null;
        do {
            String body = new String(download(path + (next == null ? "" : "&cursor=" + next)), StandardCharsets.UTF_8);
            JsonObject page = Json.createReader(new StringReader(body)).readObject();
            for (JsonValue item : page.getJsonArray("items")) {
                ids.add(String.valueOf(item.asJsonObject().getJsonNumber("id").longValue()));
            }
            next = page.isNull("next") ? null : page.getString("next");
        } while (next != null);
        assertFalse(ids.isEmpty());
        return ids;
    }

    private byte[] download(String path) throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(TestHttp.request(URI.create(base.toString().replaceAll("/$", "")
                + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), path);
        return answer.body();
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }
}
