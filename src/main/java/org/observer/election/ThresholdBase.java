package org.observer.election;

/** The votes a party's share is measured against when it is compared with the threshold. */
public enum ThresholdBase {
    /** Votes for a party or "against all": Kazakhstan's rule. */
    PARTIES_AND_AGAINST_ALL,
    /** Votes for parties only. */
    PARTIES,
    /** Every ballot found in the boxes, invalid ones too. */
    BALLOTS_FOUND
}
