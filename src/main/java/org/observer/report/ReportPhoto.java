package org.observer.report;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.util.List;
import org.observer.data.IdentityEntity;

/** What is known of a photo without its bytes; the bytes are behind {@link PhotoStore}. */
@Entity
public class ReportPhoto extends IdentityEntity {
    @ManyToOne(optional = false)
    public Report report;
    public int position;
    public String contentType;
    public int sizeBytes;
    public String sha256;
    public int width;
    public int height;

    public static List<ReportPhoto> of(Report report) {
        return list("report = ?1 order by position", report);
    }
}
