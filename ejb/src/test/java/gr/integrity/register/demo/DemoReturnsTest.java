package gr.integrity.register.demo;

import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.declaration.RuleContext;

import gr.integrity.register.returns.LobbyingReceivedKind;
import gr.integrity.register.returns.LobbyingReturnKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's annual returns pass their rules (the demo data is filed through them, and a broken rule would stop the
 * register's first start), and the same rules would refuse them for another year.
 */
class DemoReturnsTest {

    private static final int YEAR = 2025;

    @Test
    void theConsultancysReturnIsFiledCleanForItsYear() {
        DeclarationContent content = DemoDeclarations.consultancyReturn(YEAR, 11L, 12L);
        assertEquals(List.of(), errors(new LobbyingReturnKind(), content, YEAR));
        assertTrue(errors(new LobbyingReturnKind(), content, YEAR + 1).stream()
                .allMatch(f -> f.code().equals("RETURN-014")), "contacts outside the year");
        assertEquals(2, errors(new LobbyingReturnKind(), content, YEAR + 1).size());
    }

    @Test
    void theInstitutionsDeclarationOfLobbyingReceivedIsFiledCleanForItsYear() {
        DeclarationContent content = DemoDeclarations.lobbyingReceived(YEAR, "Aegean Public Affairs", 7L,
                "Νικόλαος Σταθόπουλος", 12L);
        assertEquals(List.of(), errors(new LobbyingReceivedKind(), content, YEAR));
        assertEquals(List.of("RECEIVED-014", "RECEIVED-014"), errors(new LobbyingReceivedKind(), content, YEAR + 1)
                .stream().map(Finding::code).toList());
    }

    private static List<Finding> errors(gr.integrity.register.declaration.DeclarationKind kind, DeclarationContent content, int year) {
        RuleContext context = new RuleContext(year, null, LocalDate.of(year + 1, 5, 31), LocalDate.of(year + 1, 5, 11),
                null, Map.of());
        return kind.check(content, context).stream().filter(Finding::isError).toList();
    }
}
