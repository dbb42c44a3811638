package gr.integrity.register.web.api;

/** The body of every error the API answers: a stable code, the parameter at fault (if any) and a message. */
public record ApiError(String error, String parameter, String message) {
}
