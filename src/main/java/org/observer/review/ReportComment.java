package org.observer.review;

import jakarta.persistence.Entity;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.observer.data.IdentityEntity;

/** What reviewers write to each other about a report (its first version); observers never see it. */
@Entity
public class ReportComment extends IdentityEntity {
    public long reportId;
    public UUID submissionId;
    public String authorSubject;
    public String authorName;
    public String text;
    public OffsetDateTime writtenAt;

    public static List<ReportComment> of(long reportId) {
        return list("reportId = ?1 order by writtenAt, id", reportId);
    }
}
