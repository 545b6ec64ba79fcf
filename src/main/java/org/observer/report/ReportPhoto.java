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

    /** The photo, if it belongs to one of the report's versions. */
    public static java.util.Optional<ReportPhoto> ofReport(Report report, long photoId) {
        long first = report.first().id;
        return find("""
                select p from ReportPhoto p join fetch p.photo join p.report r left join r.original o
                where p.photo.id = ?1 and coalesce(o.id, r.id) = ?2""", photoId, first).firstResultOptional();
    }

    /** The photos of every version of a report: an amendment may add some. */
    public static List<ReportPhoto> ofVersions(List<Report> versions) {
        return list("""
                select p from ReportPhoto p join fetch p.photo join fetch p.report r where r in ?1
                order by r.version, p.position""", versions);
    }
}
