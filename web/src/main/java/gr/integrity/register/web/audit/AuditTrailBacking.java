package gr.integrity.register.web.audit;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditLine;
import gr.integrity.register.audit.AuditQuery;
import gr.integrity.register.audit.AuditSearch;
import gr.integrity.register.audit.ChainCheck;
import gr.integrity.register.web.support.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The audit trail for ADMINs and auditors: searched by who, what, which object and when (the filters are in the
 * address), newest first; and a check, on request, that its hash chain holds.
 */
@Named
@ViewScoped
public class AuditTrailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditSearch audit;

    private String actor;
    private AuditAction action;
    private String objectType;
    private String objectId;
    private LocalDate from;
    private LocalDate to;
    private ServiceLazyModel<AuditLine> rows;
    private ChainCheck check;

    @PostConstruct
    void init() {
        rows = new ServiceLazyModel<>(page -> audit.search(new AuditQuery(actor, action, objectType, objectId, from, to),
                page), AuditLine::getId);
    }

    public void verify() {
        check = audit.verify();
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public ServiceLazyModel<AuditLine> getRows() {
        return rows;
    }

    public ChainCheck getCheck() {
        return check;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
