package gr.integrity.register.declaration;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a public free-text field may hold by mistake, found as a reader would recognise it, with the check digits
 * that tell a tax number or an IBAN from any other run of digits.
 */
class PrivateLookingTextTest {

    @Test
    void taxNumbersAndIbansAreRecognisedByTheirCheckDigits() {
        assertEquals(Optional.of(PrivateLookingText.Kind.TAX_NUMBER), PrivateLookingText.in("ΑΦΜ 123456783, ΔΟΥ Α' Αθηνών"));
        assertEquals(Optional.empty(), PrivateLookingText.in("ποσό 123456789"), "the check digit fails");
        assertEquals(Optional.empty(), PrivateLookingText.in("τηλ. 2101234567"), "ten digits: a telephone number");
        assertEquals(Optional.of(PrivateLookingText.Kind.IBAN),
                PrivateLookingText.in("κατάθεση στον GR16 0110 1250 0000 0001 2300 695"));
        assertEquals(Optional.empty(), PrivateLookingText.in("GR16 0110 1250 0000 0001 2300 696"), "check digits fail");
    }

    @Test
    void platesAsWrittenAndDatesOfBirthNextToAWordAboutBirth() {
        assertEquals(Optional.of(PrivateLookingText.Kind.PLATE), PrivateLookingText.in("όχημα ΙΚΥ-1234 της υπηρεσίας"));
        assertEquals(Optional.of(PrivateLookingText.Kind.PLATE), PrivateLookingText.in("car IKY 1234"));
        assertEquals(Optional.empty(), PrivateLookingText.in("συνάντηση και 2024 προγραμματισμός"));
        assertEquals(Optional.of(PrivateLookingText.Kind.BIRTH_DATE),
                PrivateLookingText.in("η σύζυγός μου, γεννημένη 12/03/1980, παρέστη"));
        assertEquals(Optional.empty(), PrivateLookingText.in("συνάντηση στις 12/03/2024 στο υπουργείο"));
        assertEquals(Optional.empty(), PrivateLookingText.in(""));
    }
}
