package gr.integrity.register.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * The file a batch imports, as uploaded: kept with the batch for whoever checks later what was imported, and read
 * again only to stage the rows of a batch whose rows are not waiting in the database (one interrupted before
 * rows were staged).
 */
@Entity
@Table(name = "import_file")
public class ImportFile {

    @Id
    @Column(name = "batch_id")
    private Long batchId;

    @Lob
    @Column(nullable = false)
    private byte[] content;

    protected ImportFile() {
    }

    ImportFile(long batchId, byte[] content) {
        this.batchId = batchId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
