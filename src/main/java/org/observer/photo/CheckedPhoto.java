package org.observer.photo;

/** A photo whose content was checked: a real JPEG, PNG or WebP image, with its server-made thumbnail. */
public record CheckedPhoto(String contentType, byte[] data, String sha256, int width, int height, byte[] thumbnail) {
}
