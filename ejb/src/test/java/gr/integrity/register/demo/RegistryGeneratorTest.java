package gr.integrity.register.demo;

import gr.integrity.register.registry.TaxNumbers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryGeneratorTest {

    private static final RegistryGenerator.IdBase IDS = new RegistryGenerator.IdBase(1, 1, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void theSameSeedGivesTheSameRegister() {
        var first = RegistryGenerator.generate(42, 400, IDS, TODAY);
        var second = RegistryGenerator.generate(42, 400, IDS, TODAY);
        assertEquals(first, second);
    }

    @Test
    void itGeneratesTheOfficialsAskedForWithValidUniqueTaxNumbers() {
        var registry = RegistryGenerator.generate(7, 2_000, IDS, TODAY);

        assertEquals(2_000, registry.persons().size());
        Set<String> taxNumbers = new HashSet<>();
        for (var person : registry.persons()) {
            assertTrue(TaxNumbers.isValid(person.taxNumber()), person.taxNumber());
            assertTrue(taxNumbers.add(person.taxNumber()), "duplicate " + person.taxNumber());
        }
    }

    @Test
    void everyMandateNamesAGeneratedPersonAndPostAndNoneStartsInTheFuture() {
        var registry = RegistryGenerator.generate(7, 500, IDS, TODAY);
        Set<Long> persons = new HashSet<>();
        registry.persons().forEach(p -> persons.add(p.id()));
        Set<Long> positions = new HashSet<>();
        registry.positions().forEach(p -> positions.add(p.id()));

        for (var mandate : registry.mandates()) {
            assertTrue(persons.contains(mandate.personId()));
            assertTrue(positions.contains(mandate.positionId()));
            assertTrue(!mandate.start().isAfter(TODAY));
        }
    }
}
