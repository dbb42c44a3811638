package gr.integrity.register.web.api.v1;

import gr.integrity.register.lobbying.MeetingFilter;
import gr.integrity.register.lobbying.MeetingPage;
import gr.integrity.register.lobbying.MeetingSearch;
import gr.integrity.register.lobbying.PublicMeeting;
import gr.integrity.register.publication.DirectoryPage;
import gr.integrity.register.publication.PublicDirectory;
import gr.integrity.register.publication.PublicInstitution;
import gr.integrity.register.publication.PublicOfficial;
import gr.integrity.register.publication.PublicOrganisation;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import gr.integrity.register.platform.RegisterConfig;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public register's collections under {@code /api/v1}: {@code officials}, {@code institutions},
 * {@code organisations} and {@code meetings} (declarations have their own resource), each a keyset-paged list
 * with its filters and each item at {@code /<collection>/<id>}. Anonymous and read-only.
 */
@Path("/v1")
@RequestScoped
@Produces({"application/json", "text/csv"})
public class DirectoryResource {

    private static final Set<String> WORDS = Set.of("q");

    @EJB
    private PublicDirectory directory;

    @EJB
    private MeetingSearch meetings;

    @Context
    private UriInfo uri;

    @jakarta.inject.Inject
    private RegisterConfig config;

    @Context
    private Request request;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("officials")
    public Response officials() {
        ApiQuery query = new ApiQuery("officials", uri.getQueryParameters(), Set.of("q", "institution"));
        DirectoryPage<PublicOfficial> page = directory.officials(query.filter(), query.afterId(), query.limit());
        String site = Links.site(config);
        return ApiResponses.list(request, query.csv(headers.getAcceptableMediaTypes()), page.items(), query.nextCursor(page.lastId()),
                query.limit(), List.of("id", "name", "name_en", "posts", "url"),
                o -> List.of(o.id(), o.name(), o.nameEn(), o.posts().stream()
                        .map(p -> p.title() + " @ " + p.institution() + " (" + p.from() + " – "
                                + (p.to() == null ? "" : p.to()) + ")").collect(Collectors.joining("; ")),
                        site + "/person.xhtml?id=" + o.id()));
    }

    @GET
    @Path("officials/{id:[0-9]{1,18}}")
    public Response official(@PathParam("id") long id) {
        return ApiResponses.item(request, directory.official(id));
    }

    @GET
    @Path("institutions")
    public Response institutions() {
        ApiQuery query = new ApiQuery("institutions", uri.getQueryParameters(), WORDS);
        DirectoryPage<PublicInstitution> page = directory.institutions(query.filter(), query.afterId(), query.limit());
        return ApiResponses.list(request, query.csv(headers.getAcceptableMediaTypes()), page.items(), query.nextCursor(page.lastId()),
                query.limit(), List.of("id", "name_el", "name_en", "kind"),
                i -> List.of(i.id(), i.nameEl(), nullable(i.nameEn()), i.kind()));
    }

    @GET
    @Path("institutions/{id:[0-9]{1,18}}")
    public Response institution(@PathParam("id") long id) {
        return ApiResponses.item(request, directory.institution(id));
    }

    @GET
    @Path("organisations")
    public Response organisations() {
        ApiQuery query = new ApiQuery("organisations", uri.getQueryParameters(), WORDS);
        DirectoryPage<PublicOrganisation> page = directory.organisations(query.filter(), query.afterId(), query.limit());
        String site = Links.site(config);
        return ApiResponses.list(request, query.csv(headers.getAcceptableMediaTypes()), page.items(), query.nextCursor(page.lastId()),
                query.limit(), List.of("id", "name_el", "name_en", "category", "status", "eu_transparency_id",
                        "registration_number", "website", "areas_of_interest", "url"),
                o -> List.of(o.id(), o.nameEl(), nullable(o.nameEn()), o.category(), o.status(),
                        nullable(o.euTransparencyId()), nullable(o.registrationNumber()), nullable(o.website()),
                        nullable(o.areasOfInterest()), site + "/organisation.xhtml?id=" + o.id()));
    }

    @GET
    @Path("organisations/{id:[0-9]{1,18}}")
    public Response organisation(@PathParam("id") long id) {
        return ApiResponses.item(request, directory.organisation(id));
    }

    @GET
    @Path("meetings")
    public Response meetings() {
        ApiQuery query = new ApiQuery("meetings", uri.getQueryParameters(),
                Set.of("q", "official", "institution", "organisation", "area", "from", "to"));
        MeetingFilter filter = new MeetingFilter(query.id("official"), query.id("institution"),
                query.id("organisation"), query.text("area"), query.text("q"), query.date("from"), query.date("to"));
        MeetingPage page = meetings.search(filter, query.cursor(), query.limit());
        return ApiResponses.list(request, query.csv(headers.getAcceptableMediaTypes()), page.items(), query.nextCursor(page.next()),
                query.limit(), PublicMeeting.COLUMNS, PublicMeeting::row);
    }

    @GET
    @Path("meetings/{id:[0-9]{1,18}}")
    public Response meeting(@PathParam("id") long id) {
        return ApiResponses.item(request, meetings.meeting(id));
    }

    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }
}
