package gr.integrity.register.registry.importing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportedNameTest {

    @Test
    void parliamentFileWritesSurnameFathersNameFirstName() {
        ImportedName name = ImportedName.parliamentOrder("μερκουρη σταματιου αμαλια-μαρια (μελινα)");
        assertEquals("Αμαλια-Μαρια", name.givenName());
        assertEquals("Μερκουρη", name.familyName());
        assertEquals("Σταματιου", name.fatherName());
        assertEquals("Μελινα", name.nickname());
    }

    @Test
    void governmentFileWritesFirstNameSurname() {
        ImportedName name = ImportedName.givenFirst("κωνσταντινος καραμανλης");
        assertEquals("Κωνσταντινος", name.givenName());
        assertEquals("Καραμανλης", name.familyName());
        assertNull(name.fatherName());
    }

    @Test
    void bothOrdersGiveTheSameNameKey() {
        ImportedName a = ImportedName.parliamentOrder("καραμανλης αλεξανδρου κωνσταντινος");
        ImportedName b = ImportedName.givenFirst("κωνσταντινος καραμανλης");
        assertEquals(gr.integrity.register.registry.Person.nameKey(a.givenName(), a.familyName()),
                gr.integrity.register.registry.Person.nameKey(b.givenName(), b.familyName()));
    }

    @Test
    void aSingleWordIsNoName() {
        assertFalse(ImportedName.isParsable("καραμανλης", false));
        assertTrue(ImportedName.isParsable("κωνσταντινος καραμανλης", false));
    }

    @Test
    void roleTitlesKeepTheirWordsButStartWithACapital() {
        assertEquals("Υπουργος πολιτισμου", ImportedName.sentenceCase("υπουργος πολιτισμου"));
    }
}
