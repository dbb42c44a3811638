package gr.integrity.register.registry;

/** The Greek tax number (ΑΦΜ): nine digits, the last a check digit over the first eight. */
public final class TaxNumbers {

    private TaxNumbers() {
    }

    public static boolean isValid(String afm) {
        if (afm == null || !afm.matches("\\d{9}") || afm.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (afm.charAt(i) - '0') << (8 - i);
        }
        return (sum % 11) % 10 == afm.charAt(8) - '0';
    }

    /** A valid tax number from eight digits: used by the demo and scale data, never for real people. */
    public static String withCheckDigit(String eightDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eightDigits.charAt(i) - '0') << (8 - i);
        }
        return eightDigits + (sum % 11) % 10;
    }
}
