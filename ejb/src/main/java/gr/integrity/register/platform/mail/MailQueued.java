package gr.integrity.register.platform.mail;

/** Mail was queued: once the transaction that queued it commits, the dispatcher delivers it without waiting. */
public record MailQueued() {
}
