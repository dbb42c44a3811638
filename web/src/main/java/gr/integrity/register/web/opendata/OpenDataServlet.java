package gr.integrity.register.web.opendata;

import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.opendata.OpenDataFiles;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code /open-data/<name>}: a published bulk file, or its {@code .sha256} beside it, streamed from disk (never
 * read whole into memory). Only names the register published are served: anything else is 404.
 */
@WebServlet("/open-data/*")
public class OpenDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private OpenDataFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        boolean checksum = name.endsWith(".sha256");
        Path path;
        try {
            path = files.path(checksum ? name.substring(0, name.length() - ".sha256".length()) : name);
        } catch (EJBException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (checksum) {
            path = path.resolveSibling(path.getFileName() + ".sha256");
        }
        if (!Files.isRegularFile(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(checksum ? "text/plain;charset=UTF-8" : "application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + path.getFileName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "public, max-age=86400, immutable");
        response.setContentLengthLong(Files.size(path));
        Files.copy(path, response.getOutputStream());
    }
}
