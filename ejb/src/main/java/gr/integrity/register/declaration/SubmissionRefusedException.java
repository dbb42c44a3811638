package gr.integrity.register.declaration;

import gr.integrity.register.common.BusinessException;

import java.util.List;

/**
 * A submission the rules refuse: errors remain, or warnings were not confirmed. Nothing was stored; the draft is
 * as it was. Carries the findings so that the page (or an API answer) can show each on its field.
 */
public class SubmissionRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    public SubmissionRefusedException(String messageKey, List<Finding> findings) {
        super(messageKey, null, findings.size());
        this.findings = List.copyOf(findings);
    }

    public List<Finding> getFindings() {
        return findings;
    }
}
