package gr.integrity.register.web.api.v1;

import gr.integrity.register.publication.PublicDeclaration;
import gr.integrity.register.publication.PublicDeclarationService;
import gr.integrity.register.publication.PublicVersion;
import gr.integrity.register.web.api.ApiDeclaration;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/** {@code /api/v1/declarations/{id}}: one published declaration with its versions, redacted. */
@Path("/v1/declarations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeclarationsResource {

    @EJB
    private PublicDeclarationService publication;

    @Context
    private UriInfo uri;

    @GET
    @Path("{id:[0-9]{1,18}}")
    public ApiDeclaration declaration(@PathParam("id") long id) {
        PublicDeclaration d = publication.declaration(id);
        String site = site();
        return new ApiDeclaration(d.id(), site + "/declaration.xhtml?id=" + d.id(), d.type().name(), d.periodYear(),
                d.obligationKind(), new ApiDeclaration.Official(d.personId(), d.personName(), d.personNameEn(),
                site + "/person.xhtml?id=" + d.personId()), d.late(),
                d.versions().stream().map(v -> version(site, d, v)).toList());
    }

    private static ApiDeclaration.Version version(String site, PublicDeclaration d, PublicVersion v) {
        return new ApiDeclaration.Version(v.versionNo(), v.receiptNumber(), v.submittedAt().toString(), v.superseded(), v.late(),
                v.withheld(), v.publicHash(), v.withheld() ? null
                : site + "/declarations/pdf?id=" + d.id() + "&v=" + v.versionNo(),
                ApiDeclaration.Content.of(v.content()));
    }

    /** The site's root URL as the client reached it, for links that work wherever the register is served. */
    private String site() {
        URI base = uri.getBaseUri();
        String path = base.getPath().replaceFirst("/api/?$", "");
        return base.getScheme() + "://" + base.getAuthority() + path;
    }
}
