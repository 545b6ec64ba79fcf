package org.observer.report;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.util.List;
import org.observer.data.IdentityEntity;
import org.observer.election.Election;
import org.observer.election.LocalizedName;

/** A kind of irregularity observers report, with help and the rule it concerns (categories.csv). */
@Entity
public class IncidentCategory extends IdentityEntity {
    @ManyToOne(optional = false)
    public Election election;
    public String code;
    public int position;
    @Embedded
    public LocalizedName name;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "help_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "help_ru")),
            @AttributeOverride(name = "kk", column = @Column(name = "help_kk")) })
    public LocalizedName help;
    /** The article of the election law or the ODIHR checklist item the category concerns. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "reference_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "reference_ru")),
            @AttributeOverride(name = "kk", column = @Column(name = "reference_kk")) })
    public LocalizedName reference;

    /** The category with that code, or null. */
    public static IncidentCategory findByCode(Election election, String code) {
        return IncidentCategory.<IncidentCategory>find("election = ?1 and code = ?2", election, code).firstResult();
    }

    public static List<IncidentCategory> ofElection(Election election) {
        return list("election = ?1 order by position", election);
    }
}
