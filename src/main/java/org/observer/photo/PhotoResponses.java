package org.observer.photo;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** A photo as an HTTP answer, once the caller has checked that the user may see what it belongs to. */
public final class PhotoResponses {
    private PhotoResponses() {
    }

    public static Response of(PhotoStore store, Photo photo, boolean thumbnail) {
        byte[] bytes = (thumbnail ? store.thumbnail(photo.id) : store.original(photo.id))
                .orElseThrow(NotFoundException::new);
        CacheControl cache = new CacheControl();
        // the photo belongs to someone's report: browsers may keep it, shared caches may not
        cache.setPrivate(true);
        cache.setMaxAge(86_400);
        return Response.ok(bytes, thumbnail ? "image/jpeg" : photo.contentType).cacheControl(cache).build();
    }
}
