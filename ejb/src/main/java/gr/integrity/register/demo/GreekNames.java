package gr.integrity.register.demo;

import java.util.List;
import java.util.Random;

/** Common Greek names, for generated officials. Surnames come in their masculine and feminine forms. */
public final class GreekNames {

    public record Surname(String masculine, String feminine) {
    }

    static final List<String> MALE = List.of("Γεώργιος", "Ιωάννης", "Κωνσταντίνος", "Δημήτριος", "Νικόλαος",
            "Παναγιώτης", "Βασίλειος", "Χρήστος", "Αθανάσιος", "Μιχαήλ", "Ευάγγελος", "Σπυρίδων", "Αντώνιος",
            "Ανδρέας", "Θεόδωρος", "Ηλίας", "Εμμανουήλ", "Σταύρος", "Αλέξανδρος", "Πέτρος", "Άγγελος", "Στέφανος",
            "Απόστολος", "Λεωνίδας", "Φώτιος", "Χαράλαμπος", "Διονύσιος", "Ορέστης", "Κυριάκος", "Θεμιστοκλής");

    static final List<String> FEMALE = List.of("Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αγγελική",
            "Γεωργία", "Δήμητρα", "Ευαγγελία", "Κωνσταντίνα", "Ιωάννα", "Παναγιώτα", "Χριστίνα", "Αναστασία",
            "Ειρήνη", "Θεοδώρα", "Αλεξάνδρα", "Δέσποινα", "Φωτεινή", "Χαρίκλεια", "Ζωή", "Μαργαρίτα", "Νίκη",
            "Αθηνά", "Ευτυχία", "Σταυρούλα", "Πολυξένη", "Ραλλού", "Όλγα", "Αφροδίτη");

    /** Fathers' names in the genitive, as Greek documents write them. */
    static final List<String> FATHERS = List.of("Γεωργίου", "Ιωάννη", "Κωνσταντίνου", "Δημητρίου", "Νικολάου",
            "Παναγιώτη", "Βασιλείου", "Χρήστου", "Αθανασίου", "Μιχαήλ", "Ευαγγέλου", "Σπυρίδωνος", "Αντωνίου",
            "Ανδρέα", "Θεοδώρου", "Ηλία", "Εμμανουήλ", "Σταύρου", "Αλεξάνδρου", "Πέτρου");

    public static final List<Surname> SURNAMES = List.of(
            new Surname("Παπαδόπουλος", "Παπαδοπούλου"), new Surname("Παπαγεωργίου", "Παπαγεωργίου"),
            new Surname("Οικονόμου", "Οικονόμου"), new Surname("Γεωργίου", "Γεωργίου"),
            new Surname("Νικολάου", "Νικολάου"), new Surname("Ιωάννου", "Ιωάννου"),
            new Surname("Βασιλείου", "Βασιλείου"), new Surname("Δημητρίου", "Δημητρίου"),
            new Surname("Καραγιάννης", "Καραγιάννη"), new Surname("Παπανικολάου", "Παπανικολάου"),
            new Surname("Αθανασίου", "Αθανασίου"), new Surname("Μακρής", "Μακρή"),
            new Surname("Αλεξίου", "Αλεξίου"), new Surname("Κωνσταντίνου", "Κωνσταντίνου"),
            new Surname("Πετρόπουλος", "Πετροπούλου"), new Surname("Αντωνίου", "Αντωνίου"),
            new Surname("Σταματόπουλος", "Σταματοπούλου"), new Surname("Μιχαηλίδης", "Μιχαηλίδου"),
            new Surname("Χατζηδάκης", "Χατζηδάκη"), new Surname("Λαμπράκης", "Λαμπράκη"),
            new Surname("Κυριακίδης", "Κυριακίδου"), new Surname("Τσολάκης", "Τσολάκη"),
            new Surname("Ζαχαρίου", "Ζαχαρίου"), new Surname("Σπυρόπουλος", "Σπυροπούλου"),
            new Surname("Βλάχος", "Βλάχου"), new Surname("Αναστασίου", "Αναστασίου"),
            new Surname("Μαυρίδης", "Μαυρίδου"), new Surname("Ραφαηλίδης", "Ραφαηλίδου"),
            new Surname("Κατσαρός", "Κατσαρού"), new Surname("Δημόπουλος", "Δημοπούλου"),
            new Surname("Αλεξανδρόπουλος", "Αλεξανδροπούλου"), new Surname("Θεοδωρίδης", "Θεοδωρίδου"),
            new Surname("Καλογεράκης", "Καλογεράκη"), new Surname("Σαρρής", "Σαρρή"),
            new Surname("Ζερβός", "Ζερβού"), new Surname("Μπακάλης", "Μπακάλη"),
            new Surname("Ξενάκης", "Ξενάκη"), new Surname("Φραγκιαδάκης", "Φραγκιαδάκη"),
            new Surname("Πολυχρόνης", "Πολυχρόνη"), new Surname("Ευθυμίου", "Ευθυμίου"),
            new Surname("Σιδέρης", "Σιδέρη"), new Surname("Τζαννετάκης", "Τζαννετάκη"),
            new Surname("Λιάπης", "Λιάπη"), new Surname("Γκίκας", "Γκίκα"),
            new Surname("Ρήγας", "Ρήγα"), new Surname("Χριστοδούλου", "Χριστοδούλου"));

    private GreekNames() {
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
