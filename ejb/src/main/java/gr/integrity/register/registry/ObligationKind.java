package gr.integrity.register.registry;

public enum ObligationKind {
    /** on taking office */
    INITIAL,
    /** every year in office */
    ANNUAL,
    /** for some years after leaving office */
    FINAL
}
