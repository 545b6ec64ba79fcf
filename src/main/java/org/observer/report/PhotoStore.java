package org.observer.report;

import java.util.Optional;

/**
 * Where photo bytes live. PostgreSQL today, so every instance sees every photo and one backup holds
 * everything; an object store could take its place behind this interface.
 */
public interface PhotoStore {
    /** Stores the photo of a report in the caller's transaction. */
    void save(long reportId, int position, CheckedPhoto photo);

    Optional<byte[]> original(long photoId);

    Optional<byte[]> thumbnail(long photoId);
}
