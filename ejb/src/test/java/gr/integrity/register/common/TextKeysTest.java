package gr.integrity.register.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextKeysTest {

    @Test
    void foldIgnoresAccentsCaseAndFinalSigma() {
        assertEquals(TextKeys.fold("Καραμανλής"), TextKeys.fold("ΚΑΡΑΜΑΝΛΗΣ"));
        assertEquals("καραμανλησ", TextKeys.fold("καραμανλης"));
        assertEquals("υπουργειο υγειασ", TextKeys.fold("  Υπουργείο   Υγείας "));
    }

    @Test
    void foldRemovesDiaeresisToo() {
        assertEquals("αυπνια προιον", TextKeys.fold("Αϋπνία προϊόν"));
    }

    @Test
    void wordsSplitOnHyphensAndPunctuation() {
        assertEquals(List.of("αμαλια", "μαρια", "μερκουρη"), TextKeys.words("Αμαλία-Μαρία Μερκούρη"));
    }

    @Test
    void sortedWordsKeyIsTheSameInAnyOrder() {
        assertEquals(TextKeys.sortedWordsKey("κωνσταντινος καραμανλης"), TextKeys.sortedWordsKey("Καραμανλής Κωνσταντίνος"));
    }

    @Test
    void nullFoldsToEmpty() {
        assertEquals("", TextKeys.fold(null));
        assertEquals(List.of(), TextKeys.words(null));
    }
}
