package org.observer.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Photos as bytea beside their report. */
@ApplicationScoped
public class PostgresPhotoStore implements PhotoStore {
    @Inject
    EntityManager entityManager;

    @Override
    public void save(long reportId, int position, CheckedPhoto photo) {
        entityManager.createNativeQuery("""
                insert into report_photo (report_id, position, content_type, size_bytes, sha256, width, height, data, thumbnail)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, reportId).setParameter(2, position).setParameter(3, photo.contentType())
                .setParameter(4, photo.data().length).setParameter(5, photo.sha256())
                .setParameter(6, photo.width()).setParameter(7, photo.height())
                .setParameter(8, photo.data()).setParameter(9, photo.thumbnail())
                .executeUpdate();
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
        List<byte[]> rows = entityManager.createNativeQuery("select " + column + " from report_photo where id = ?1")
                .setParameter(1, photoId).getResultList();
        return rows.stream().findFirst();
    }
}
