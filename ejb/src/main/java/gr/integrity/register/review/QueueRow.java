package gr.integrity.register.review;

import gr.integrity.register.declaration.DeclarationType;

import java.time.Instant;
import java.util.List;

/** A filing in the auditors' queue: whose, of what, where it stands, its risk score and the codes of its flags. */
public record QueueRow(long declarationId, DeclarationType type, int periodYear, long personId, String personName,
                       String institution, ReviewState state, String assignedTo, int riskScore,
                       Instant stateChangedAt, List<String> flagCodes) implements java.io.Serializable {
}
