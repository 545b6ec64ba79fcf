package org.observer.checklist;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import java.util.List;
import org.observer.data.IdentityEntity;
import org.observer.election.Election;
import org.observer.election.LocalizedName;
import org.observer.report.Phase;

/** One question of a phase's checklist (checklist.csv), answered yes or no, or with a number. */
@Entity
public class ChecklistQuestion extends IdentityEntity {
    public enum Kind {
        YES_NO, NUMBER
    }

    /** The phases that have a checklist; tabulation happens above the station, where observers do not fill one in. */
    public static final List<Phase> PHASES = List.of(Phase.OPENING, Phase.VOTING, Phase.CLOSING, Phase.COUNTING);

    @ManyToOne(optional = false)
    public Election election;
    public String code;
    @Enumerated(EnumType.STRING)
    public Phase phase;
    public int position;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "text_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "text_ru")),
            @AttributeOverride(name = "kk", column = @Column(name = "text_kk")) })
    public LocalizedName text;

    public boolean isYesNo() {
        return kind == Kind.YES_NO;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public static List<ChecklistQuestion> ofPhase(Election election, Phase phase) {
        return list("election = ?1 and phase = ?2 order by position, code", election, phase);
    }
}
