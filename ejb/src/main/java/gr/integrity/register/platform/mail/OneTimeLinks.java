package gr.integrity.register.platform.mail;

/**
 * Makes the link a mail carries at the moment it is delivered (the accounts' side knows the pages and the tokens):
 * a new token whose hash is stored, and the address that uses it.
 */
public interface OneTimeLinks {

    String make(OneTimeLink link);
}
