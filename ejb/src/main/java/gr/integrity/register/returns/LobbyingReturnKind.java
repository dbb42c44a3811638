package gr.integrity.register.returns;

import gr.integrity.register.declaration.DeclarationType;
import jakarta.enterprise.context.ApplicationScoped;

/** An interest representative's annual return of its influence activities; rule codes RETURN-NNN. */
@ApplicationScoped
public class LobbyingReturnKind extends AnnualReturnKind {

    public static final String PREFIX = "RETURN";

    public LobbyingReturnKind() {
        super(DeclarationType.LOBBYING_RETURN, ReturnSchemas.LOBBYING_RETURN, PREFIX, ReturnSchemas.ACTIVITIES);
    }
}
