package gr.integrity.register.importing;

/** Something wrong with an uploaded file, at a line (0 for the file as a whole), as a message key and arguments. */
public record ImportProblem(int line, String messageKey, Object... arguments) {
}
