package gr.integrity.register.it.support;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one archive every integration test deploys: the application exactly as built ({@code target/register.ear}),
 * with the in-container test classes added to its web module. Nothing of the application is left out or mocked.
 */
public final class Deployments {

    private static final String WEB_MODULE = "register-web.war";

    private Deployments() {
    }

    /** The application with the package of in-container tests (and their helpers) in its web module. */
    public static EnterpriseArchive withTests() {
        EnterpriseArchive ear = application();
        WebArchive web;
        try (InputStream in = ear.get(WEB_MODULE).getAsset().openStream()) {
            web = ShrinkWrap.create(ZipImporter.class, WEB_MODULE).importFrom(in).as(WebArchive.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        web.addPackages(true, "gr.integrity.register.it");
        File fixtures = new File(System.getProperty("test.classes", "target/test-classes"), "fixtures");
        File[] files = fixtures.listFiles();
        if (files != null) {
            for (File file : files) {
                web.addAsResource(file, "fixtures/" + file.getName());
            }
        }
        ear.delete(WEB_MODULE);
        ear.addAsModule(Testable.archiveToTest(web));
        return ear;
    }

    /** The application as built, for tests that use it from outside (HTTP, browser). */
    public static EnterpriseArchive application() {
        File built = new File(System.getProperty("register.ear", "target/register.ear"));
        if (!built.isFile()) {
            throw new IllegalStateException("Build the application first: " + built + " is missing");
        }
        return ShrinkWrap.create(ZipImporter.class, "register.ear").importFrom(built).as(EnterpriseArchive.class);
    }
}
