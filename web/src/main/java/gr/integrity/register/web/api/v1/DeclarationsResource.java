package gr.integrity.register.web.api.v1;

import gr.integrity.register.publication.DirectoryPage;
import gr.integrity.register.publication.PublicDeclarant;
import gr.integrity.register.publication.PublicDeclaration;
import gr.integrity.register.publication.PublicDeclarationRow;
import gr.integrity.register.publication.PublicDeclarationService;
import gr.integrity.register.publication.PublicDirectory;
import gr.integrity.register.publication.PublicVersion;
import gr.integrity.register.web.api.ApiDeclaration;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import gr.integrity.register.platform.RegisterConfig;

import java.util.List;
import java.util.Set;

/**
 * {@code /api/v1/declarations}: the published declarations (filter {@code type} = ASSET, INTEREST or MEETING, and
 * by official, institution and dates), each at {@code /api/v1/declarations/{id}} with its versions, redacted, and
 * the URL of each version's public PDF.
 */
@Path("/v1/declarations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeclarationsResource {

    @EJB
    private PublicDeclarationService publication;

    @Context
    private UriInfo uri;

    @jakarta.inject.Inject
    private RegisterConfig config;

    @EJB
    private PublicDirectory directory;

    @Context
    private Request request;

    @Context
    private HttpHeaders headers;

    /**
     * Published declarations, filtered by type, official, institution (its officials' declarations and its own),
     * organisation (its annual returns) and first-submission dates.
     */
    @GET
    @Produces({"application/json", "text/csv"})
    public Response declarations() {
        ApiQuery query = new ApiQuery("declarations", uri.getQueryParameters(),
                Set.of("type", "official", "institution", "organisation", "from", "to"));
        DirectoryPage<PublicDeclarationRow> page = directory.declarations(query.filter(), query.afterId(), query.limit());
        String site = Links.site(config);
        List<ApiDeclarationRow> rows = page.items().stream().map(d -> {
            PublicDeclarant who = d.declarant();
            boolean person = who.kind() == PublicDeclarant.Kind.PERSON;
            return new ApiDeclarationRow(d.id(), d.type().name(), d.periodYear(), person ? who.id() : null,
                    person ? who.name() : null, person ? who.nameEn() : null, who.kind().name(), who.id(), who.name(),
                    d.latestVersionNo(), d.firstSubmittedAt().toString(), site + "/declaration.xhtml?id=" + d.id(),
                site + "/api/v1/declarations/" + d.id(),
                    site + "/declarations/pdf?id=" + d.id() + "&v=" + d.latestVersionNo());
        }).toList();
        return ApiResponses.list(request, query.csv(headers.getAcceptableMediaTypes()), rows, query.nextCursor(page.lastId()), query.limit(),
                List.of("id", "type", "period_year", "official_id", "official", "official_en", "declarant_kind",
                        "declarant_id", "declarant", "versions", "first_submitted_at", "url", "json_url", "pdf_url"),
                r -> java.util.Arrays.asList(r.id(), r.type(), r.periodYear(), r.officialId(), r.official(),
                        r.officialEn(), r.declarantKind(), r.declarantId(), r.declarant(), r.versions(),
                        r.firstSubmittedAt(), r.url(), r.jsonUrl(), r.pdfUrl()));
    }

    @GET
    @Path("{id:[0-9]{1,18}}")
    public Response declaration(@PathParam("id") long id) {
        PublicDeclaration published = publication.declaration(id);
        java.time.Instant lastModified = published.versions().stream().map(PublicVersion::submittedAt)
                .max(java.time.Instant::compareTo).orElse(java.time.Instant.EPOCH);
        return ApiResponses.item(request, declarationOf(published), lastModified);
    }

    private ApiDeclaration declarationOf(PublicDeclaration d) {
        String site = Links.site(config);
        PublicDeclarant who = d.declarant();
        ApiDeclaration.Official official = who.kind() == PublicDeclarant.Kind.PERSON
                ? new ApiDeclaration.Official(who.id(), who.name(), who.nameEn(), site + who.page()) : null;
        return new ApiDeclaration(d.id(), site + "/declaration.xhtml?id=" + d.id(), d.type().name(), d.periodYear(),
                d.obligationKind(), official, new ApiDeclaration.Declarant(who.kind().name(), who.id(), who.name(),
                who.nameEn(), site + who.page()), d.late(),
                d.versions().stream().map(v -> version(site, d, v)).toList());
    }

    private static ApiDeclaration.Version version(String site, PublicDeclaration d, PublicVersion v) {
        return new ApiDeclaration.Version(v.versionNo(), v.receiptNumber(), v.submittedAt().toString(), v.superseded(), v.late(),
                v.withheld(), v.publicHash(), v.withheld() ? null
                : site + "/declarations/pdf?id=" + d.id() + "&v=" + v.versionNo(),
                ApiDeclaration.Content.of(v.content()));
    }
}
