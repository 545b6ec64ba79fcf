package org.observer.report;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.util.List;
import org.observer.data.IdentityEntity;
import org.observer.photo.Photo;

/** A photo of a report, in the order the observer attached them. */
@Entity
public class ReportPhoto extends IdentityEntity {
    @ManyToOne(optional = false)
    public Report report;
    public int position;
    @ManyToOne(optional = false)
    public Photo photo;

    public static List<ReportPhoto> of(Report report) {
        return list("select p from ReportPhoto p join fetch p.photo where p.report = ?1 order by p.position", report);
    }
}
