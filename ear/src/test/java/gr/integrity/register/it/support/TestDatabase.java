package gr.integrity.register.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Reads the database directly, for assertions about what the services stored. Never used to change it. */
@Stateless
@PermitAll
public class TestDatabase {

    @PersistenceContext
    private EntityManager em;

    public long count(String jpql, Object... parameters) {
        var query = em.createQuery(jpql, Long.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getSingleResult();
    }

    public <T> List<T> list(String jpql, Class<T> type, Object... parameters) {
        var query = em.createQuery(jpql, type);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    public <T> T find(Class<T> type, Object id) {
        return em.find(type, id);
    }

    /** Runs SQL as the application's database user would, for checks the ORM cannot express (triggers). */
    public int nativeUpdate(String sql) {
        return em.createNativeQuery(sql).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Object> nativeList(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/RegisterDS")
    private javax.sql.DataSource dataSource;

    /** Work on a JDBC connection of the application's data source, as the integrity command does on its own. */
    public <T> T withConnection(ConnectionWork<T> work) throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        }
    }

    /** What is done with the connection. */
    public interface ConnectionWork<T> {
        T apply(java.sql.Connection connection) throws java.sql.SQLException;
    }
}
