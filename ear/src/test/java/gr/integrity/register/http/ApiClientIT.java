package gr.integrity.register.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import gr.integrity.register.client.ApiClient;
import gr.integrity.register.client.ApiException;
import gr.integrity.register.client.api.DeclarationsApi;
import gr.integrity.register.client.api.InstitutionsApi;
import gr.integrity.register.client.api.MeetingsApi;
import gr.integrity.register.client.api.OfficialsApi;
import gr.integrity.register.client.api.OrganisationsApi;
import gr.integrity.register.client.api.TransparencyLogApi;
import gr.integrity.register.client.model.Declaration;
import gr.integrity.register.client.model.DeclarationList;
import gr.integrity.register.client.model.DeclarationRow;
import gr.integrity.register.client.model.InclusionProof;
import gr.integrity.register.client.model.InstitutionList;
import gr.integrity.register.client.model.Meeting;
import gr.integrity.register.client.model.MeetingList;
import gr.integrity.register.client.model.Official;
import gr.integrity.register.client.model.OfficialList;
import gr.integrity.register.client.model.OrganisationList;
import gr.integrity.register.client.model.TreeHead;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Eventually;
import gr.integrity.register.it.support.TestHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API as a reuser meets it: through a Java client generated from the served OpenAPI document by
 * openapi-generator at build time (the ear's generate-test-sources), with no code of the register's. Every list is
 * called with each of its filters and followed to its next page, every item by its id, the transparency log's
 * operations, and the errors, which come back as the document's Error. The client reads JSON strictly: a field the
 * document does not declare, or of another type, fails the test, so the document cannot fall behind the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiClientIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aClientGeneratedFromTheOpenApiDocumentCallsEveryOperationWithEachOfItsParameters() throws Exception {
        // a meeting declaration filed for this test: a public meeting and a declaration of its own
        String receipt = TestHttp.fixture(base, "/it-fixtures/filing");
        ApiClient client = new ApiClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)),
                ApiClient.createDefaultObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
                base.toString().replaceAll("/$", ""));
        client.setReadTimeout(TestHttp.ANSWER);

        MeetingsApi meetings = new MeetingsApi(client);
        Meeting meeting = meetings.listMeetings("Διαβούλευση μητρώο", null, null, null, null, null, null, 5, null,
                "json", "el").getItems().stream().filter(m -> m.getSubject().contains("μητρώο διαφάνειας"))
                .findFirst().orElseThrow(() -> new AssertionError("the filed meeting is found by its subject's words"));
        assertEquals(meeting.getId(), meetings.getMeeting(meeting.getId()).getId());
        long official = meeting.getOfficials().get(0).getPersonId();
        long organisation = meeting.getOrganisations().get(0).getOrganisationId();
        LocalDate day = meeting.getDate();
        assertTrue(ids(meetings.listMeetings(null, official, meeting.getInstitutionId(), organisation, null, day, day,
                100, null, null, null)).contains(meeting.getId()), "every filter of the meetings list at once");
        MeetingList firstMeetings = meetings.listMeetings(null, null, null, null, null, null, null, 1, null, null, null);
        assertFollowsPages("meetings", firstMeetings.getItems().get(0).getId(), firstMeetings.getNext(), next -> meetings.listMeetings(null, null, null, null, null, null, null, 1, next, null,
                null).getItems().get(0).getId());

        DeclarationsApi declarations = new DeclarationsApi(client);
        DeclarationList filed = declarations.listDeclarations("MEETING", official, meeting.getInstitutionId(), null,
                day, null, 10, null, null, null);
        DeclarationRow row = filed.getItems().stream().filter(d -> d.getOfficialId() == official).findFirst()
                .orElseThrow(() -> new AssertionError("the official's meeting declaration is listed"));
        Declaration declaration = declarations.getDeclaration(row.getId());
        assertEquals(receipt, declaration.getVersions().get(0).getReceiptNumber());
        assertEquals("Διαβούλευση για το μητρώο διαφάνειας",
                declaration.getVersions().get(0).getContent().getHeader().get("subject"));
        DeclarationList firstDeclarations = declarations.listDeclarations(null, null, null, null, null, null, 1, null,
                null, null);
        assertFollowsPages("declarations", firstDeclarations.getItems().get(0).getId(), firstDeclarations.getNext(),
                next -> declarations.listDeclarations(null, null, null, null, null, null, 1, next,
                null, null).getItems().get(0).getId());

        OfficialsApi officials = new OfficialsApi(client);
        Official person = officials.getOfficial(official);
        OfficialList byName = officials.listOfficials(person.getName(), person.getPosts().get(0).getInstitutionId(),
                10, null, null, "en");
        assertTrue(byName.getItems().stream().anyMatch(o -> o.getId() == official), "found by name and institution");
        OfficialList firstOfficials = officials.listOfficials(null, null, 1, null, null, null);
        assertFollowsPages("officials", firstOfficials.getItems().get(0).getId(), firstOfficials.getNext(), next -> officials.listOfficials(null, null, 1, next, null, null).getItems().get(0).getId());

        InstitutionsApi institutions = new InstitutionsApi(client);
        InstitutionList firstInstitutions = institutions.listInstitutions(null, 1, null, null, null);
        long institution = firstInstitutions.getItems().get(0).getId();
        assertEquals(institution, institutions.getInstitution(institution).getId());
        String institutionName = institutions.getInstitution(institution).getNameEl();
        assertTrue(institutions.listInstitutions(institutionName, 10, null, "json", null).getItems().stream()
                .anyMatch(i -> i.getId() == institution));
        assertFollowsPages("institutions", institution, firstInstitutions.getNext(),
                next -> institutions.listInstitutions(null, 1, next, null, null).getItems().get(0).getId());

        OrganisationsApi organisations = new OrganisationsApi(client);
        String organisationName = organisations.getOrganisation(organisation).getNameEl();
        OrganisationList named = organisations.listOrganisations(organisationName, 10, null, null, null);
        assertTrue(named.getItems().stream().anyMatch(o -> o.getId() == organisation));
        OrganisationList firstOrganisations = organisations.listOrganisations(null, 1, null, null, null);
        assertFollowsPages("organisations", firstOrganisations.getItems().get(0).getId(), firstOrganisations.getNext(),
                next -> organisations.listOrganisations(null, 1, next, null, null).getItems().get(0).getId());

        // the transparency log: the filing is proved once the log's round has taken it in
        TransparencyLogApi log = new TransparencyLogApi(client);
        Eventually.until("the filing is in a signed tree head", Duration.ofMinutes(2), () -> {
            try {
                return log.getInclusionProof(receipt, null).getStatus() == InclusionProof.StatusEnum.PUBLIC;
            } catch (ApiException notYet) {
                assertEquals(404, notYet.getCode(), notYet.getResponseBody());
                return false;
            }
        });
        TreeHead head = log.getTreeHead(null);
        assertTrue(head.getTreeSize() > 0);
        assertEquals(head.getTreeSize(), log.getConsistencyProof(1, head.getTreeSize().intValue()).getSecond()
                .longValue());
        assertFalse(log.getLogKeys().getKeys().isEmpty());

        // what a client gets wrong comes back as the document's Error, naming the parameter
        ApiException badLimit = assertThrows(ApiException.class,
                () -> officials.listOfficials(null, null, 0, null, null, "en"));
        assertEquals(400, badLimit.getCode());
        gr.integrity.register.client.model.Error error = client.getObjectMapper()
                .readValue(badLimit.getResponseBody(), gr.integrity.register.client.model.Error.class);
        assertEquals("limit", error.getParameter());
        assertNotNull(error.getMessage());
        ApiException missing = assertThrows(ApiException.class, () -> meetings.getMeeting(999_999_999L));
        assertEquals(404, missing.getCode());
        assertEquals("not_found", client.getObjectMapper().readValue(missing.getResponseBody(),
                gr.integrity.register.client.model.Error.class).getError());
    }

    private interface Page {
        long firstIdAfter(String cursor) throws ApiException;
    }

    /** The first page's cursor leads to a next page, which starts with another record than the first did. */
    private static void assertFollowsPages(String list, long firstId, String next, Page page) throws ApiException {
        assertNotNull(next, list + " has a second page");
        assertTrue(page.firstIdAfter(next) != firstId, list + ": the second page repeats the first");
    }

    private static List<Long> ids(MeetingList page) {
        List<Long> ids = new ArrayList<>();
        page.getItems().forEach(m -> ids.add(m.getId()));
        return ids;
    }
}
