package gr.integrity.register.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last link of a hash chain (the audit trail, the submitted declaration versions). */
@Entity
@Table(name = "chain_head")
public class ChainHead {

    @Id
    @Column(name = "chain")
    private String chain;

    @Column(name = "last_id")
    private Long lastId;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected ChainHead() {
    }

    public ChainHead(String chain, String genesisHash) {
        this.chain = chain;
        this.lastHash = genesisHash;
    }

    public String getChain() {
        return chain;
    }

    public Long getLastId() {
        return lastId;
    }

    public String getLastHash() {
        return lastHash;
    }

    public void advance(Long id, String hash) {
        this.lastId = id;
        this.lastHash = hash;
    }
}
