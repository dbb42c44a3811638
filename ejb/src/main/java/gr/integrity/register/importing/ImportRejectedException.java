package gr.integrity.register.importing;

import gr.integrity.register.common.BusinessException;

import java.util.List;

/** The file failed validation: nothing was imported. Carries every problem found (up to a limit). */
public class ImportRejectedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super("import.rejected", "file", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }
}
