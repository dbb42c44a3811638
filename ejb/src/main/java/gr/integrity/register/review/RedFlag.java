package gr.integrity.register.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A red flag raised on a declaration's latest version, or on a person's missing filing: its code, the figures that
 * raised it (the arguments of its explanation) and where in the filing they are.
 */
@Entity
@Table(name = "red_flag")
public class RedFlag {

    /** Separates the explanation's arguments; no argument holds it (they are numbers, dates and names). */
    static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "declaration_id", updatable = false)
    private Long declarationId;

    @Column(name = "version_no", updatable = false)
    private Integer versionNo;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "obligation_id", updatable = false)
    private Long obligationId;

    @Column(nullable = false, length = 2000, updatable = false)
    private String arguments;

    @Column(length = 40, updatable = false)
    private String section;

    @Column(name = "item_id", length = 40, updatable = false)
    private String itemId;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    protected RedFlag() {
    }

    RedFlag(String code, Long declarationId, Integer versionNo, long personId, Long obligationId, RaisedFlag raised) {
        this.code = code;
        this.declarationId = declarationId;
        this.versionNo = versionNo;
        this.personId = personId;
        this.obligationId = obligationId;
        this.arguments = RedFlagCatalogue.joinedArguments(raised);
        this.section = raised.section();
        this.itemId = raised.itemId();
        this.raisedAt = Instant.now();
    }

    public String getCode() {
        return code;
    }

    public Long getDeclarationId() {
        return declarationId;
    }

    public Integer getVersionNo() {
        return versionNo;
    }

    public long getPersonId() {
        return personId;
    }

    public Long getObligationId() {
        return obligationId;
    }

    public List<String> argumentList() {
        return arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }

    public String getSection() {
        return section;
    }

    public String getItemId() {
        return itemId;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }
}
