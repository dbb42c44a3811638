package gr.integrity.register.web.admin;

import gr.integrity.register.platform.mail.MailService;
import gr.integrity.register.platform.mail.OutboxMessage;
import gr.integrity.register.web.support.Pages;
import gr.integrity.register.web.support.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** The mail the register sent or is sending, as an ADMIN may see it: never with a one-time link. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MailService mail;

    private ServiceLazyModel<OutboxMessage> messages;

    @PostConstruct
    void init() {
        messages = new ServiceLazyModel<>(page -> mail.outbox(page), OutboxMessage::getId);
    }

    public ServiceLazyModel<OutboxMessage> getMessages() {
        return messages;
    }

    /** A mail's text with its one-time link's place named, not filled. */
    public String shown(OutboxMessage message) {
        return message.bodyWith(Pages.text("outbox.linkWithheld"));
    }
}
