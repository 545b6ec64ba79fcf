package org.observer.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Queries the tests write themselves, to check the app's figures against the database. */
@ApplicationScoped
public class Sql {
    @Inject
    EntityManager entityManager;

    /** The single number a native query returns; parameters are ?1, ?2, ... */
    @Transactional
    public long number(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The single value a native query returns, as text. */
    @Transactional
    public String text(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return String.valueOf(query.getSingleResult());
    }

    /** The rows a native query returns, each as its columns. */
    @Transactional
    @SuppressWarnings("unchecked")
    public java.util.List<Object[]> rows(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    /** Changes rows behind the app's back, to set up a case; returns the count of rows changed. */
    @Transactional
    public int update(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    /** The first column of every row a native query returns, as text. */
    @Transactional
    @SuppressWarnings("unchecked")
    public java.util.List<String> texts(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((java.util.List<Object>) query.getResultList()).stream().map(String::valueOf).toList();
    }
}
