package gr.integrity.register.web.support;

import jakarta.ejb.EJBException;
import jakarta.transaction.HeuristicMixedException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUnavailableTest {

    @Test
    void aBrokenOrMissingConnectionHoweverWrappedMeansTheDatabaseIsAway() {
        assertTrue(DatabaseUnavailable.explains(new EJBException(new RuntimeException(
                new SQLNonTransientConnectionException("Could not create connection")))));
        assertTrue(DatabaseUnavailable.explains(new RuntimeException("could not execute batch",
                new SQLException("No operations allowed after statement closed.", "S1009"))));
        assertTrue(DatabaseUnavailable.explains(new SQLException("Communications link failure", "08S01")));
        assertTrue(DatabaseUnavailable.explains(new RuntimeException("could not prepare statement", new SQLException(
                "IJ031040: Connection is not associated with a managed connection"))));
        // the database died during the commit: the transaction manager cannot say how it ended
        assertTrue(DatabaseUnavailable.explains(new EJBException(new HeuristicMixedException())));
    }

    @Test
    void aRefusalOfTheDatabaseIsNot() {
        assertFalse(DatabaseUnavailable.explains(new RuntimeException(
                new SQLException("Duplicate entry 'x' for key 'uk'", "23000", 1062))));
        assertFalse(DatabaseUnavailable.explains(new IllegalStateException("no")));
    }
}
