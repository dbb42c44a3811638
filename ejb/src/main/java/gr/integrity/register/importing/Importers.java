package gr.integrity.register.importing;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** Finds the importer for a kind of file, or for a header. */
@Dependent
public class Importers {

    @Inject
    @Any
    private Instance<RowImporter> all;

    public RowImporter forKind(ImportKind kind) {
        for (RowImporter importer : all) {
            if (importer.kinds().contains(kind)) {
                return importer;
            }
        }
        throw new IllegalStateException("No importer for " + kind);
    }

    public Optional<ImportKind> recognise(List<String> header) {
        for (RowImporter importer : all) {
            ImportKind kind = importer.recognise(header);
            if (kind != null) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
