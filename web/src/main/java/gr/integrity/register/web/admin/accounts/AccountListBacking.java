package gr.integrity.register.web.admin.accounts;

import gr.integrity.register.security.Account;
import gr.integrity.register.security.AccountService;
import gr.integrity.register.web.support.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** Accounts, searched by user name, name or address. */
@Named
@ViewScoped
public class AccountListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accounts;

    private String text;
    private ServiceLazyModel<Account> rows;

    @PostConstruct
    void init() {
        rows = new ServiceLazyModel<>(page -> accounts.search(text, page), Account::getId);
    }

    public ServiceLazyModel<Account> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
