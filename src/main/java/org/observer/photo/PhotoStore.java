package org.observer.photo;

import java.util.Optional;

/**
 * Where photo bytes live. PostgreSQL today, so every instance sees every photo and one backup holds
 * everything; an object store could take its place behind this interface.
 */
public interface PhotoStore {
    /** Stores the photo in the caller's transaction and returns its id. */
    long save(CheckedPhoto photo);

    Optional<byte[]> original(long photoId);

    Optional<byte[]> thumbnail(long photoId);
}
