package org.observer.photo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Photos as bytea in the photo table. */
@ApplicationScoped
public class PostgresPhotoStore implements PhotoStore {
    @Inject
    EntityManager entityManager;

    @Override
    public long save(CheckedPhoto photo) {
        return ((Number) entityManager.createNativeQuery("""
                insert into photo (content_type, size_bytes, sha256, width, height, data, thumbnail)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7) returning id""")
                .setParameter(1, photo.contentType()).setParameter(2, photo.data().length)
                .setParameter(3, photo.sha256()).setParameter(4, photo.width()).setParameter(5, photo.height())
                .setParameter(6, photo.data()).setParameter(7, photo.thumbnail())
                .getSingleResult()).longValue();
    }

    @Override
    public Optional<byte[]> original(long photoId) {
        return bytes("data", photoId);
    }

    @Override
    public Optional<byte[]> thumbnail(long photoId) {
        return bytes("thumbnail", photoId);
    }

    private Optional<byte[]> bytes(String column, long photoId) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = entityManager.createNativeQuery("select " + column + " from photo where id = ?1")
                .setParameter(1, photoId).getResultList();
        return rows.stream().findFirst();
    }
}
