package gr.integrity.register.returns;

import gr.integrity.register.declaration.DeclarationType;
import jakarta.enterprise.context.ApplicationScoped;

/** An institution's annual declaration of the lobbying it received; rule codes RECEIVED-NNN. */
@ApplicationScoped
public class LobbyingReceivedKind extends AnnualReturnKind {

    public static final String PREFIX = "RECEIVED";

    public LobbyingReceivedKind() {
        super(DeclarationType.LOBBYING_RECEIVED, ReturnSchemas.LOBBYING_RECEIVED, PREFIX, ReturnSchemas.CONTACTS);
    }
}
