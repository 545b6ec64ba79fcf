package org.observer.photo;

import jakarta.persistence.Entity;
import org.observer.data.IdentityEntity;

/** What is known of a stored photo without its bytes; the bytes are behind {@link PhotoStore}. */
@Entity
public class Photo extends IdentityEntity {
    public String contentType;
    public int sizeBytes;
    public String sha256;
    public int width;
    public int height;
}
