package gr.integrity.register.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The report line of one row of an import. */
@Entity
@Table(name = "import_row")
public class ImportRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id", nullable = false)
    private long batchId;

    @Column(name = "row_no", nullable = false)
    private int rowNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RowOutcome.Kind outcome;

    @Column(nullable = false, length = 60)
    private String reason;

    @Column(length = 1000)
    private String detail;

    protected ImportRow() {
    }

    ImportRow(long batchId, int rowNumber, RowOutcome result) {
        this.batchId = batchId;
        this.rowNumber = rowNumber;
        this.outcome = result.kind();
        this.reason = result.reason();
        this.detail = result.detail() == null || result.detail().length() <= 1000 ? result.detail()
                : result.detail().substring(0, 1000);
    }

    public int getRowNumber() {
        return rowNumber;
    }

    public RowOutcome.Kind getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }
}
