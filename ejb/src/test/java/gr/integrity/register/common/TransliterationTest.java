package gr.integrity.register.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TransliterationTest {

    @ParameterizedTest
    @CsvSource({
            "Κωνσταντίνος, Konstantinos",
            "Καραμανλής, Karamanlis",
            "Γεώργιος, Georgios",
            "Παπανδρέου, Papandreou",
            "Ευάγγελος, Evangelos",
            "Ευθυμίου, Efthymiou",
            "Αυγερινός, Avgerinos",
            "Θεόδωρος, Theodoros",
            "ΘΕΟΔΩΡΟΣ, THEODOROS",
            "Χαρίκλεια, Charikleia",
            "Ψαρράς, Psarras",
            "Αφροδίτη, Afroditi",
            "Ζωή, Zoi",
            "Μπακάλης, Mpakalis",
            "Άγγελος, Angelos",
            "Φραγκιαδάκης, Fragkiadakis",
            "Smith, Smith"
    })
    void followsElot743(String greek, String latin) {
        assertEquals(latin, Transliteration.toLatin(greek));
    }
}
